// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice The part of a Ring the market uses: its owner, and membership (the market owns the
/// replica rings it creates).
interface IMarketRing {
    function owner() external view returns (address);
    function enter(address member) external;
    function exit(address member) external;
}

/// @notice The part of the Challenges contract the market uses: a node's weight in a
/// distribution (payment by record) and its standing (amendments).
interface IMarketChallenges {
    function market() external view returns (address);
    function payWeight(uint32 nodeId, uint256 since) external view returns (uint256 weightBps, uint64 failedAt);
    function markPaid(uint32 nodeId) external;
    function standing(uint32 nodeId) external view returns (bool below, uint256 scoreBps, uint256 outcomes);
}

/// @notice The part of the RingFactory the market uses.
interface IMarketRingFactory {
    function createRing(address owner, address[] calldata members) external returns (address ring);
    function isRing(address ring) external view returns (bool);
}

/// @title MarketBase
/// @notice The types, state, events, errors, bounds and EIP-712 hashing of the replica
/// market (see Market for the interactions and the money rules).
abstract contract MarketBase {
    // ---------------------------------------------------------------- constants

    /// @notice Fees are in basis points: 10,000 is 100 %.
    uint256 public constant BPS = 10_000;
    /// @notice The highest network fee the admin may set (10 %).
    uint256 public constant MAX_NETWORK_FEE_BPS = 1_000;
    /// @notice The highest management fee a manager may set (50 %). With the network fee's
    /// bound the fees never take more than 60 % of a distribution.
    uint256 public constant MAX_MANAGEMENT_FEE_BPS = 5_000;
    /// @notice The most nodes a cluster holds: bounds every loop over a cluster's nodes
    /// (clusterCreate, clusterReserveResource, clusterDistributeRevenues, the views) and the
    /// replica ring's membership walk on exit.
    uint256 public constant MAX_NODES_PER_CLUSTER = 100;
    /// @notice The most vnodes one node may carry in its cluster.
    uint256 public constant MAX_VNODES_PER_NODE = 1_000;
    /// @notice The highest rent a node may ask: wei per resource unit per second per vnode
    /// (2^96; with the other bounds no rate or due amount can overflow).
    uint256 public constant MAX_RENT = 2 ** 96;
    /// @notice Size bounds of a node's libp2p peer ID and gateway URL, in bytes.
    uint256 public constant MAX_PEER_ID_SIZE = 64;
    uint256 public constant MAX_GATEWAY_URL_SIZE = 256;
    /// @notice The fewest outcomes (passes + fails in the Challenges contract's reputation)
    /// a node below the threshold must have before amendCluster may replace it: one failure
    /// of a new node is not enough.
    uint256 public constant MIN_AMEND_OUTCOMES = 3;
    /// @notice The most idle nodes one amendCluster examines (from idleCursor on).
    uint256 public constant MAX_IDLE_SCAN = 16;

    bytes32 public constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    /// @notice A bucket owner's consent to set its bucket's resource, at a rate (wei per
    /// second) of at most `maxRate`, relayed by the cluster's manager.
    bytes32 public constant BUCKET_ALLOC_TYPEHASH =
        keccak256("BucketAlloc(uint64 bucketId,uint64 resource,uint256 maxRate,uint256 nonce,uint256 deadline)");

    bytes32 private constant NAME_HASH = keccak256("Rings Market");
    bytes32 private constant VERSION_HASH = keccak256("1");
    uint256 private constant HALF_CURVE_ORDER = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;
    /// @dev Ring's sentinel: never a member, so never an avatar.
    address internal constant SENTINEL = address(0x1);

    // ---------------------------------------------------------------- types

    /// @notice A provider's replica node.
    struct Node {
        address provider;
        uint32 clusterId; // 0: in no cluster
        uint32 vnodes; // its vnodes in that cluster
        uint32 indexInCluster; // its position in the cluster's nodeIds
        address avatar; // the node's account in replica rings
        uint64 capacity; // resource units
        uint32 idleIndex; // its position in idlePool + 1 (0: not idle)
        uint64 reserved; // units reserved by its cluster: vnodes × resourcePerVNode
        uint128 rentPerUnit; // wei per resource unit per second, for each vnode
        bytes peerId;
        string gatewayUrl;
    }

    /// @notice A manager's cluster of nodes; `ring` is its replica ring (owned by this market).
    struct Cluster {
        address manager;
        uint16 managementFeeBps;
        uint32 vnodes; // Σ vnodes of its nodes
        uint48 lastDistributedAt; // its creation's or its latest distribution's block time
        address ring;
        uint64 resourcePerVNode; // units reserved on a node for each of its vnodes
        uint64 resourceUsed; // Σ resource of the cluster's buckets (≤ resourcePerVNode)
        uint256 rentPerUnit; // Σ vnodes_n × rentPerUnit_n: wei per resource unit per second
        uint256 revenues; // settled rent not yet distributed (rounding remainders included)
        uint32[] nodeIds;
    }

    /// @notice A ring's paid order to be replicated by a cluster.
    struct Bucket {
        address owner; // the ring's owner; its account pays
        uint32 clusterId;
        uint64 settledUntil; // rent is paid up to this time (unix seconds)
        address ring;
        uint64 resource; // resource units allocated in the cluster
        uint64 debtSince; // 0, or the time from which rent is unpaid (= settledUntil)
        uint256 rate; // wei per second, fixed when allocated
    }

    /// @notice An account's money. Everything the market pays anyone (revenues, fees) is
    /// credited to `deposit`; the part of it not owed as rent is withdrawable.
    struct Account {
        uint256 deposit;
        uint256 rate; // Σ rate of the account's buckets
        uint256 settledSum; // Σ rate_b × settledUntil_b over the account's buckets
    }

    /// @notice One node, as the views return it.
    struct NodeView {
        uint32 nodeId;
        address provider;
        address avatar;
        uint32 clusterId;
        uint32 vnodes;
        uint64 capacity;
        uint64 reserved;
        uint128 rentPerUnit;
        bytes peerId;
        string gatewayUrl;
        bool idle; // offered in the idle pool for replacements
    }

    /// @notice A cluster's whole status (getCluster).
    struct ClusterStatus {
        uint32 clusterId;
        address manager;
        address ring;
        uint16 managementFeeBps;
        uint32 vnodes;
        uint64 resourcePerVNode;
        uint64 resourceUsed;
        uint256 rentPerUnit;
        uint256 revenues;
        uint64 lastDistributedAt;
        NodeView[] nodes;
    }

    /// @notice A bucket's whole status (getBucket). `due`, `paidUntil` and `inDebt` are what a
    /// settlement of this bucket alone would give now; `account*` are the owner's account.
    struct BucketStatus {
        uint64 bucketId;
        address owner;
        address ring;
        uint32 clusterId;
        address clusterRing;
        uint64 resource;
        uint256 rate;
        uint64 settledUntil;
        uint64 debtSince;
        uint256 due;
        uint64 paidUntil;
        bool inDebt;
        uint256 accountDeposit;
        uint256 accountUnlocked;
        uint256 accountRate;
        NodeView[] nodes;
    }

    /// @notice An account's status (getAccount): `accrued` is rent owed and not yet settled,
    /// `unlocked` = max(0, deposit − accrued) the most it may withdraw.
    struct AccountStatus {
        uint256 deposit;
        uint256 rate;
        uint256 accrued;
        uint256 unlocked;
        uint256 nonce;
    }

    // ---------------------------------------------------------------- state

    /// @notice The factory that creates the clusters' replica rings and vouches for rings.
    /// @dev A storage variable, not an immutable, so that the deployed code equals the
    /// artifact's deployedBytecode (as RingFactory.implementation).
    IMarketRingFactory public factory;
    /// @notice May set the network fee, its recipient, and the admin.
    address public admin;
    /// @notice The account credited with network fees.
    address public feeRecipient;
    /// @notice The network fee, in basis points of each distribution.
    uint16 public networkFeeBps;

    mapping(uint32 => Node) internal nodes;
    mapping(uint32 => Cluster) internal clusters;
    mapping(uint64 => Bucket) internal buckets;
    mapping(address => Account) internal accounts;
    /// @notice Ids handed out so far: ids start at 1, so 0 means "none".
    uint32 public nodeCount;
    uint32 public clusterCount;
    uint64 public bucketCount;
    /// @notice The node of each avatar (0: none). An avatar belongs to one node for good.
    mapping(address => uint32) public avatarNode;
    /// @notice Whether a provider trusts a manager to put its nodes in clusters.
    mapping(address => mapping(address => bool)) public trusts;
    /// @notice The next BucketAlloc nonce of each bucket owner.
    mapping(address => uint256) public nonces;
    /// @notice Σ account deposits and Σ cluster revenues: the contract owes exactly their sum.
    uint256 public totalDeposits;
    uint256 public totalRevenues;
    /// @notice The Challenges contract whose records the market acts on (distribution by
    /// record, amendments); zero: none, every node is paid and none can be amended.
    IMarketChallenges public challenges;
    /// @notice Where the next amendCluster starts its scan of the idle pool (mod its length).
    uint32 public idleCursor;
    /// @dev The idle pool: nodes in no cluster offered by their providers for replacements.
    uint32[] internal idlePool;

    // ---------------------------------------------------------------- events

    event AdminSet(address indexed admin);
    event FeeRecipientSet(address indexed recipient);
    event NetworkFeeSet(uint16 bps);
    event NodeCreated(
        uint32 indexed nodeId,
        address indexed provider,
        address avatar,
        bytes peerId,
        string gatewayUrl,
        uint64 capacity,
        uint128 rentPerUnit
    );
    event NodeParamsSet(uint32 indexed nodeId, string gatewayUrl, uint64 capacity, uint128 rentPerUnit);
    event ManagerTrusted(address indexed provider, address indexed manager, bool trusted);
    event ClusterCreated(uint32 indexed clusterId, address indexed manager, address ring, uint64 resourcePerVNode);
    event ClusterNodeAdded(uint32 indexed clusterId, uint32 indexed nodeId, uint32 vnodes);
    event ClusterNodeRemoved(uint32 indexed clusterId, uint32 indexed nodeId);
    event ClusterResourceReserved(uint32 indexed clusterId, uint64 resourcePerVNode);
    event ClusterManagementFeeSet(uint32 indexed clusterId, uint16 bps);
    event BucketCreated(uint64 indexed bucketId, address indexed owner, address indexed ring, uint32 clusterId);
    event BucketAllocated(uint64 indexed bucketId, uint64 resource, uint256 rate, bool byManager);
    event BucketSettled(uint64 indexed bucketId, uint256 paid, uint64 settledUntil, uint64 debtSince);
    event BucketEvicted(uint64 indexed bucketId, uint256 forgiven);
    event Deposited(address indexed account, address indexed from, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);
    event RevenuesDistributed(
        uint32 indexed clusterId,
        uint256 total,
        uint256 networkFee,
        uint256 managementFee,
        uint256 providers,
        uint256 remainder
    );
    event ProviderPaid(uint32 indexed clusterId, uint32 indexed nodeId, address indexed provider, uint256 amount);
    /// @notice A node that failed a storage challenge at `failedAt`, since its cluster's
    /// previous distribution, and so gets no share of this one.
    event ProviderSkipped(uint32 indexed clusterId, uint32 indexed nodeId, uint64 failedAt);
    event ChallengesSet(address indexed challenges);
    event NodeIdleSet(uint32 indexed nodeId, bool idle);
    /// @notice A change of the nodes hosting a cluster's buckets: a node added (`nodeOut`
    /// 0), removed (`nodeIn` 0) or replaced by amendCluster (both), with its vnodes.
    event ClusterAmended(uint32 indexed clusterId, uint32 indexed nodeOut, uint32 indexed nodeIn, uint32 vnodes);

    // ---------------------------------------------------------------- errors

    error NotAdmin();
    error InvalidAccount(address account);
    error FeeTooHigh(uint256 bps, uint256 max);
    error ZeroAmount();
    error InsufficientUnlocked(uint256 unlocked, uint256 amount);
    error TransferFailed();
    error UnknownNode(uint32 nodeId);
    error UnknownCluster(uint32 clusterId);
    error UnknownBucket(uint64 bucketId);
    error UnknownRing(address ring);
    error NotProvider(uint32 nodeId, address caller);
    error NotClusterManager(uint32 clusterId, address caller);
    error NotBucketOwner(uint64 bucketId, address caller);
    error NotRingOwner(address ring, address owner);
    error InvalidAvatar(address avatar);
    error AvatarTaken(address avatar, uint32 nodeId);
    error TooLarge(uint256 peerIdSize, uint256 gatewayUrlSize);
    error ZeroCapacity();
    error RentTooHigh(uint256 rent, uint256 max);
    error CapacityBelowReserved(uint64 capacity, uint64 reserved);
    error NodeNotInCluster(uint32 nodeId, uint32 clusterId);
    error NodeInCluster(uint32 nodeId, uint32 clusterId);
    error DuplicateNode(uint32 nodeId);
    error ManagerNotTrusted(uint32 nodeId, address manager);
    error BadVNodes(uint32 nodeId, uint256 vnodes);
    error TooManyNodes(uint256 count, uint256 max);
    error LengthMismatch();
    error CapacityExceeded(uint32 nodeId, uint64 free, uint256 needed);
    error ClusterResourceInUse(uint64 used, uint64 resourcePerVNode);
    error ClusterResourceExceeded(uint64 available, uint64 requested);
    error ClusterHasNoNodes(uint32 clusterId);
    error BucketInDebt(uint64 bucketId, uint64 debtSince);
    error BucketNotInDebt(uint64 bucketId);
    error RateAboveConsent(uint256 rate, uint256 maxRate);
    error Expired(uint256 deadline);
    error SignerMismatch(address signer, address expected);
    error BadSignatureLength();
    error BadSignatureV();
    error HighS();
    error BadSignature();
    error WrongChallenges(address challenges, address market);
    error NoChallenges();
    error NotBelowThreshold(uint32 nodeId, uint256 scoreBps, uint256 outcomes);
    error NoReplacement(uint32 clusterId, uint32 nodeId, uint256 scanned);

    constructor(IMarketRingFactory factory_, address admin_, address feeRecipient_, uint16 networkFeeBps_) {
        if (address(factory_) == address(0)) revert InvalidAccount(address(0));
        if (admin_ == address(0)) revert InvalidAccount(admin_);
        if (feeRecipient_ == address(0)) revert InvalidAccount(feeRecipient_);
        if (networkFeeBps_ > MAX_NETWORK_FEE_BPS) revert FeeTooHigh(networkFeeBps_, MAX_NETWORK_FEE_BPS);
        factory = factory_;
        admin = admin_;
        feeRecipient = feeRecipient_;
        networkFeeBps = networkFeeBps_;
        emit AdminSet(admin_);
        emit FeeRecipientSet(feeRecipient_);
        emit NetworkFeeSet(networkFeeBps_);
    }

    // ---------------------------------------------------------------- EIP-712

    /// @notice The EIP-712 domain separator: name "Rings Market", version "1", this chain,
    /// this contract.
    function domainSeparator() public view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this)));
    }

    /// @notice The digest a bucket owner signs to consent to `bucketAllocIntoClusterFor`.
    function hashBucketAlloc(uint64 bucketId, uint64 resource, uint256 maxRate, uint256 nonce, uint256 deadline)
        public
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(BUCKET_ALLOC_TYPEHASH, bucketId, resource, maxRate, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", domainSeparator(), structHash));
    }

    /// @dev ecrecover over a 65-byte r ‖ s ‖ v signature, v ∈ {27, 28}, low s.
    function _recover(bytes32 digest, bytes calldata sig) internal pure returns (address signer) {
        if (sig.length != 65) revert BadSignatureLength();
        bytes32 r = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        if (v != 27 && v != 28) revert BadSignatureV();
        if (uint256(s) > HALF_CURVE_ORDER) revert HighS();
        signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert BadSignature();
    }

    // ---------------------------------------------------------------- lookups

    function _node(uint32 nodeId) internal view returns (Node storage n) {
        n = nodes[nodeId];
        if (n.provider == address(0)) revert UnknownNode(nodeId);
    }

    function _cluster(uint32 clusterId) internal view returns (Cluster storage c) {
        c = clusters[clusterId];
        if (c.manager == address(0)) revert UnknownCluster(clusterId);
    }

    function _bucket(uint64 bucketId) internal view returns (Bucket storage b) {
        b = buckets[bucketId];
        if (b.owner == address(0)) revert UnknownBucket(bucketId);
    }

    function _managedCluster(uint32 clusterId) internal view returns (Cluster storage c) {
        c = _cluster(clusterId);
        if (msg.sender != c.manager) revert NotClusterManager(clusterId, msg.sender);
    }

    /// @dev Rent owed by `a` and not yet settled: Σ rate_b × (now − settledUntil_b).
    function _accrued(Account storage a) internal view returns (uint256) {
        return a.rate * block.timestamp - a.settledSum;
    }

    function _unlocked(Account storage a) internal view returns (uint256) {
        uint256 deposit = a.deposit;
        uint256 accrued = _accrued(a);
        return deposit > accrued ? deposit - accrued : 0;
    }
}
