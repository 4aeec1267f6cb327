// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MarketBase} from "./MarketBase.sol";
import {RingLogs} from "./RingLogs.sol";

/// @notice The part of the Market the challenges read.
interface IChallengeMarket {
    function bucketCount() external view returns (uint64);
    function getBucket(uint64 bucketId) external view returns (MarketBase.BucketStatus memory);
    function getNode(uint32 nodeId) external view returns (MarketBase.NodeView memory);
}

/// @notice The part of a Ring the challenges read.
interface IChallengeRing {
    function memberCount() external view returns (uint256);
    function getHeads() external view returns (RingLogs.MemberHead[] memory);
}

/// @title Challenges
/// @notice Storage challenges of the market's replica nodes (after datdot; DESIGN §13): a
/// bucket's **hoster** (one node of its cluster) must deliver the log nodes at some
/// positions (member, seq) of the bucket's ring to k **attesters** from an idle pool, who
/// report on chain with EIP-712 signatures. Hoster, attesters and positions are derived
/// from a future block's hash, never chosen by anyone, so anyone can recompute them
/// (`derive`, and the Go client's DeriveChallenge).
///
/// @dev Life of a challenge: `challengeStorage(bucketId)` (anyone, once per bucket per
/// `period`) records `seedBlock = block.number + seedDelay`; once that block is mined,
/// `activate(id)` (anyone) derives from `seed = keccak256(abi.encode(blockhash(seedBlock),
/// id, bucketId))` and opens the challenge for `window` seconds; attesters' reports
/// (`submitReport`, relayed by anyone) resolve it by quorum q = ⌈2k/3⌉; without a quorum by
/// the deadline, `resolve(id)` (anyone) times it out: the hoster becomes *contained* and a
/// retry (same bucket, same hoster, new seed) is created at once; a timeout of a retry, or
/// of a contained node, is a Fail.
///
/// Derivation (the Go client's DeriveChallenge repeats it word for word), with
/// `word(tag, i) = uint256(keccak256(abi.encode(seed, tag, i)))`:
/// - hoster: `nodes[word(0, 0) % nodes.length]` of the bucket's cluster, in the market's
///   order (a retry keeps its hoster);
/// - attesters: a Fisher–Yates shuffle of the pool's indices, drawn lazily: draw j swaps
///   index j with `j + word(1, j) % (n − j)`; a drawn attester that is the avatar of a
///   node of the cluster (or the hoster) is skipped. Draws never repeat, so k attesters
///   take at most k + (avatars in the pool) draws;
/// - position i (of m): the members with seq > 0 in the ring's list order, member
///   `word(2, i) % count`, seq `1 + word(3, i) % headSeq` (positions may repeat).
///
/// Bounds: every loop is over at most MAX_ATTESTERS attesters, MAX_POSITIONS positions,
/// the cluster's nodes (the market's MAX_NODES_PER_CLUSTER) or the ring's members
/// (MAX_RING_MEMBERS); the attester pool itself is never walked.
contract Challenges {
    // ---------------------------------------------------------------- constants

    uint256 public constant BPS = 10_000;
    /// @notice Bounds of the parameters: at most 15 attesters (so that votes fit 16-bit
    /// masks) and 16 positions per challenge.
    uint256 public constant MAX_ATTESTERS = 15;
    uint256 public constant MAX_POSITIONS = 16;
    /// @notice The most members a challenged ring may have: bounds the walk of its heads.
    uint256 public constant MAX_RING_MEMBERS = 128;
    /// @notice Size bounds of an attester's libp2p peer ID and gateway URL, in bytes.
    uint256 public constant MAX_PEER_ID_SIZE = 64;
    uint256 public constant MAX_GATEWAY_URL_SIZE = 256;
    /// @notice One outcome in the reputation's fixed point.
    uint256 public constant ONE = 1e18;

    bytes32 public constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    /// @notice An attester's verdict on a challenge.
    bytes32 public constant REPORT_TYPEHASH =
        keccak256("Report(uint256 challenge,address hoster,bytes32 positions,bytes32 data,bool ok)");
    /// @notice The hoster's countersignature that it delivered `data` to `attester`.
    bytes32 public constant RECEIPT_TYPEHASH = keccak256("Receipt(uint256 challenge,address attester,bytes32 data)");
    /// @notice An attester's measurement of a challenge's hoster.
    bytes32 public constant PERFORMANCE_TYPEHASH =
        keccak256("Performance(uint256 challenge,address hoster,uint16 availabilityBps,uint32 p50Ms,uint64 bandwidth)");

    bytes32 private constant NAME_HASH = keccak256("Rings Challenges");
    bytes32 private constant VERSION_HASH = keccak256("1");
    uint256 private constant HALF_CURVE_ORDER = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    uint8 private constant GRADED = 0x80;

    uint256 private constant TAG_HOSTER = 0;
    uint256 private constant TAG_ATTESTER = 1;
    uint256 private constant TAG_MEMBER = 2;
    uint256 private constant TAG_SEQ = 3;

    // ---------------------------------------------------------------- types

    /// @notice A challenge's state: Pending until activated, Active until resolved.
    enum Status {
        Pending,
        Active,
        Passed,
        Failed,
        TimedOut
    }

    /// @notice The admin's parameters (see setParams for their bounds).
    struct Params {
        uint64 period; // seconds: at most one storage challenge per bucket per period
        uint16 seedDelay; // blocks from challengeStorage to the seed block
        uint32 window; // seconds an activated challenge stays open
        uint8 attesters; // k
        uint8 positions; // m
        uint16 decayBps; // λ of the reputation, in basis points
        uint16 thresholdBps; // a node scoring below it is belowThreshold
    }

    /// @notice An attester's verdict (EIP-712 `Report`), signed by the attester.
    struct Report {
        uint256 challenge;
        address hoster; // the hoster node's avatar
        bytes32 positions; // keccak256(abi.encode(members, seqs))
        bytes32 data; // keccak256(abi.encodePacked(digests)), the nodes' CID digests in order
        bool ok;
    }

    /// @notice A bucket's performance guarantees, set by its owner (seed: availability,
    /// bandwidth and latency with guarantees). A zero term guarantees nothing.
    struct Terms {
        uint16 minAvailabilityBps; // answered / requests
        uint32 maxP50Ms; // median single-block latency, milliseconds
        uint64 minBandwidth; // bytes per second of the bulk log stream
    }

    /// @notice An attester's measurement of the hoster during a challenge (EIP-712
    /// `Performance`), signed by the attester.
    struct Performance {
        uint256 challenge;
        address hoster;
        uint16 availabilityBps;
        uint32 p50Ms;
        uint64 bandwidth;
    }

    /// @notice A challenge's performance grade (getGrade): of its `reports` measurements,
    /// how many meet each term (`votes`: availability, latency, bandwidth); a term is met
    /// when more than half do; the score is terms met × 10,000 / 3.
    struct Grade {
        uint8 reports;
        bool graded;
        uint8[3] votes;
        bool availability;
        bool latency;
        bool bandwidth;
        uint16 scoreBps;
    }

    /// @notice What a challenge's seed and the current state give: what `activate` stores
    /// and what `derive` returns.
    struct Derivation {
        address ring; // the bucket's ring
        uint32 hosterNode; // the market's node id
        address hoster; // its avatar
        address[] attesters; // k, in draw order
        address[] members; // m positions: members[i] at seqs[i]
        uint64[] seqs;
        bytes32[] heads; // the head digest of members[i] on chain at derivation
        uint64[] headSeqs; // and its seq
        bytes32 positionsHash; // keccak256(abi.encode(members, seqs))
    }

    /// @notice One selected attester's vote, as getChallenge returns it.
    struct Vote {
        address attester;
        bool reported;
        bool ok;
        bytes32 data;
    }

    /// @notice A challenge's whole state (getChallenge). `d` is empty until activation
    /// (but for a retry's hoster).
    struct ChallengeView {
        uint256 id;
        uint64 bucketId;
        uint256 retryOf; // 0, or the challenge this retries
        Status status;
        uint64 seedBlock;
        uint64 deadline; // 0 until activated
        uint8 reports;
        uint8 maxAgree; // the most ok reports agreeing on one data
        Derivation d;
        Vote[] votes;
    }

    /// @notice A node's reputation: alpha, beta in 1e18 fixed point; counts of outcomes;
    /// the block time of its latest Fail (0: none).
    struct Reputation {
        uint128 alpha;
        uint128 beta;
        bool contained;
        uint32 passes;
        uint32 fails;
        uint32 timeouts;
        uint64 lastFailedAt;
    }

    /// @notice A node's outcomes in one period (period index = resolution time / period).
    struct Record {
        uint32 passes;
        uint32 fails;
        uint32 timeouts;
        uint32 graded; // performance grades
        uint64 gradeSumBps; // their sum
    }

    /// @notice A node's performance: its grades so far and the latest; and the grades
    /// since the market last paid it (payWeight), whose mean weights that payment.
    struct NodePerformance {
        uint32 graded;
        uint16 lastScoreBps;
        uint32 unpaid;
        uint64 unpaidSumBps;
    }

    struct Attester {
        uint32 index; // its position in the pool + 1 (0: not registered)
        bytes peerId;
        string gatewayUrl;
    }

    struct AttesterView {
        address account;
        bool registered;
        uint32 index;
        bytes peerId;
        string gatewayUrl;
    }

    /// @dev The swapped slots of a lazy Fisher–Yates shuffle (see _draw).
    struct Shuffle {
        uint256[] keys;
        uint256[] vals;
        uint256 used;
    }

    struct Position {
        address member;
        uint64 seq;
    }

    struct Challenge {
        uint64 bucketId;
        uint64 seedBlock;
        uint64 deadline;
        uint32 hosterNode;
        Status status;
        uint8 k;
        uint8 m;
        address hoster;
        uint8 reports;
        uint8 maxAgree;
        uint16 reported; // bit i: attesters[i] reported
        uint16 okMask; // bit i: its report was ok (its data in data[i])
        address ring;
        uint64 retryOf;
        bytes32 positionsHash;
        address[15] attesters;
        bytes32[15] data;
        Position[16] positions;
        bytes32[16] heads;
        uint64[16] headSeqs;
        uint16 measured; // bit i: attesters[i] sent its Performance
        uint8 measurements;
        uint8 met; // bit 0: availability, 1: latency, 2: bandwidth; bit 7: graded
        uint16 termAvailabilityBps; // the bucket's terms at activation
        uint32 termP50Ms;
        uint64 termBandwidth;
        uint8[3] votes; // measurements meeting each term (same order)
    }

    // ---------------------------------------------------------------- state

    /// @notice The market whose buckets, clusters and nodes are challenged.
    /// @dev Storage, not immutable, so the deployed code equals the artifact (as Market.factory).
    IChallengeMarket public market;
    /// @notice May set the parameters and hand the role over.
    address public admin;
    Params internal params;
    /// @notice Challenges created so far; ids start at 1.
    uint256 public challengeCount;

    address[] internal pool;
    mapping(address => Attester) internal attesterInfo;
    mapping(uint256 => Challenge) internal challenges;
    /// @notice When each bucket was last challenged by challengeStorage (unix seconds).
    mapping(uint64 => uint64) public lastChallenged;
    mapping(uint32 => Reputation) internal reputations;
    mapping(uint32 => mapping(uint64 => Record)) internal records;
    mapping(uint64 => Terms) internal bucketTerms;
    /// @notice Each node's performance grades (see NodePerformance).
    mapping(uint32 => NodePerformance) public performances;

    // ---------------------------------------------------------------- events

    event AdminSet(address indexed admin);
    event ParamsSet(
        uint64 period,
        uint16 seedDelay,
        uint32 window,
        uint8 attesters,
        uint8 positions,
        uint16 decayBps,
        uint16 thresholdBps
    );
    event AttesterRegistered(address indexed attester, bytes peerId, string gatewayUrl);
    event AttesterUpdated(address indexed attester, bytes peerId, string gatewayUrl);
    event AttesterLeft(address indexed attester);
    event ChallengeCreated(
        uint256 indexed id, uint64 indexed bucketId, uint64 seedBlock, uint256 retryOf, uint32 hosterNode
    );
    event ChallengeReseeded(uint256 indexed id, uint64 seedBlock);
    event ChallengeActivated(uint256 indexed id, uint64 indexed bucketId, Derivation d, uint64 deadline);
    event ReportSubmitted(uint256 indexed id, address indexed attester, bool ok, bytes32 data);
    /// @notice `outcome` is Passed (with the agreed `data`), Failed or TimedOut; `timedOut`
    /// marks a Fail that is a retry's (or a contained node's) timeout.
    event ChallengeResolved(uint256 indexed id, uint32 indexed nodeId, Status outcome, bytes32 data, bool timedOut);
    event NodeContained(uint32 indexed nodeId, bool contained, uint256 challenge);
    event TermsSet(uint64 indexed bucketId, uint16 minAvailabilityBps, uint32 maxP50Ms, uint64 minBandwidth);
    event PerformanceReported(
        uint256 indexed id, address indexed attester, uint16 availabilityBps, uint32 p50Ms, uint64 bandwidth
    );
    event PerformanceGraded(uint256 indexed id, uint32 indexed nodeId, uint8 met, uint16 scoreBps);
    event ReputationUpdated(uint32 indexed nodeId, uint128 alpha, uint128 beta, uint256 scoreBps);

    // ---------------------------------------------------------------- errors

    error NotAdmin();
    error InvalidAccount(address account);
    error ParamOutOfRange(string name, uint256 value, uint256 min, uint256 max);
    error TooLarge(uint256 peerIdSize, uint256 gatewayUrlSize);
    error NotAttester(address account);
    error UnknownBucket(uint64 bucketId);
    error BucketNotAllocated(uint64 bucketId);
    error ClusterHasNoNodes(uint32 clusterId);
    error RingTooLarge(address ring, uint256 members, uint256 max);
    error NothingToChallenge(uint64 bucketId, address ring);
    error ChallengeTooSoon(uint64 bucketId, uint64 nextAllowed);
    error UnknownChallenge(uint256 id);
    error NotPending(uint256 id, Status status);
    error SeedNotReady(uint64 seedBlock, uint256 blockNumber);
    error SeedExpired(uint64 seedBlock);
    error SeedNotExpired(uint64 seedBlock);
    error NotEnoughAttesters(uint256 eligible, uint256 needed);
    error NotActive(uint256 id);
    error AlreadyResolved(uint256 id, Status status);
    error LateReport(uint256 id, uint64 deadline);
    error NotSelectedAttester(uint256 id, address signer);
    error AlreadyReported(uint256 id, address attester);
    error WrongHoster(address given, address expected);
    error WrongPositions(bytes32 given, bytes32 expected);
    error MissingReceipt();
    error ReceiptSignerMismatch(address signer, address hoster);
    error DeadlineNotPassed(uint256 id, uint64 deadline);
    error NotBucketOwner(uint64 bucketId, address caller);
    error AlreadyMeasured(uint256 id, address attester);
    error AlreadyGraded(uint256 id);
    error NoMeasurements(uint256 id);
    error NotMarket(address caller);
    error BadSignatureLength();
    error BadSignatureV();
    error HighS();
    error BadSignature();

    /// @notice Deploys the challenges of `market_` with admin `admin_` (an argument, not the
    /// sender, so that a CREATE2 deployment proxy can deploy it). Parameters start at their
    /// defaults: period 1 day, seedDelay 2 blocks, window 10 minutes, 3 attesters,
    /// 4 positions, decay 9,500 bps, threshold 6,000 bps.
    constructor(IChallengeMarket market_, address admin_) {
        if (address(market_).code.length == 0) revert InvalidAccount(address(market_));
        if (admin_ == address(0)) revert InvalidAccount(admin_);
        market = market_;
        admin = admin_;
        emit AdminSet(admin_);
        _setParams(Params(1 days, 2, 10 minutes, 3, 4, 9_500, 6_000));
    }

    // ---------------------------------------------------------------- admin

    modifier onlyAdmin() {
        if (msg.sender != admin) revert NotAdmin();
        _;
    }

    /// @notice Sets every parameter. Bounds: period 1 hour..365 days, seedDelay 1..128
    /// blocks, window 1 minute..7 days, attesters 1..15, positions 1..16, decayBps
    /// 5,000..10,000, thresholdBps 0..10,000. A challenge takes k and m at activation and
    /// the period in force when it is resolved.
    function setParams(Params calldata p) external onlyAdmin {
        _setParams(p);
    }

    /// @notice Hands the admin role over.
    function setAdmin(address admin_) external onlyAdmin {
        if (admin_ == address(0)) revert InvalidAccount(admin_);
        admin = admin_;
        emit AdminSet(admin_);
    }

    function _setParams(Params memory p) private {
        _bound("period", p.period, 1 hours, 365 days);
        _bound("seedDelay", p.seedDelay, 1, 128);
        _bound("window", p.window, 1 minutes, 7 days);
        _bound("attesters", p.attesters, 1, MAX_ATTESTERS);
        _bound("positions", p.positions, 1, MAX_POSITIONS);
        _bound("decayBps", p.decayBps, 5_000, BPS);
        _bound("thresholdBps", p.thresholdBps, 0, BPS);
        params = p;
        emit ParamsSet(p.period, p.seedDelay, p.window, p.attesters, p.positions, p.decayBps, p.thresholdBps);
    }

    function _bound(string memory name, uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max) revert ParamOutOfRange(name, value, min, max);
    }

    /// @notice The parameters in force.
    function getParams() external view returns (Params memory) {
        return params;
    }

    // ---------------------------------------------------------------- attesters

    /// @notice Puts the caller into the attester pool with its libp2p peer ID and gateway
    /// URL, or updates them if it is in already.
    function attesterRegister(bytes calldata peerId, string calldata gatewayUrl) external {
        if (peerId.length > MAX_PEER_ID_SIZE || bytes(gatewayUrl).length > MAX_GATEWAY_URL_SIZE) {
            revert TooLarge(peerId.length, bytes(gatewayUrl).length);
        }
        Attester storage a = attesterInfo[msg.sender];
        a.peerId = peerId;
        a.gatewayUrl = gatewayUrl;
        if (a.index != 0) {
            emit AttesterUpdated(msg.sender, peerId, gatewayUrl);
            return;
        }
        pool.push(msg.sender);
        a.index = uint32(pool.length);
        emit AttesterRegistered(msg.sender, peerId, gatewayUrl);
    }

    /// @notice Takes the caller out of the pool (the last attester takes its place). It may
    /// still report on the challenges it was selected for.
    function attesterLeave() external {
        Attester storage a = attesterInfo[msg.sender];
        uint256 index = a.index;
        if (index == 0) revert NotAttester(msg.sender);
        address last = pool[pool.length - 1];
        pool[index - 1] = last;
        attesterInfo[last].index = uint32(index);
        pool.pop();
        delete attesterInfo[msg.sender];
        emit AttesterLeft(msg.sender);
    }

    /// @notice The attester pool, in the order the derivation draws from.
    function attesters() external view returns (address[] memory) {
        return pool;
    }

    /// @notice The size of the attester pool.
    function attesterCount() external view returns (uint256) {
        return pool.length;
    }

    /// @notice An attester's registration (`index` is its position in `attesters()`).
    function getAttester(address account) external view returns (AttesterView memory v) {
        Attester storage a = attesterInfo[account];
        v.account = account;
        v.registered = a.index != 0;
        if (v.registered) v.index = a.index - 1;
        v.peerId = a.peerId;
        v.gatewayUrl = a.gatewayUrl;
    }

    // ---------------------------------------------------------------- challenges

    /// @notice Challenges the storage of bucket `bucketId`: anyone may, at most once per
    /// bucket per period. The bucket must have resource allocated, its cluster nodes, and
    /// its ring a member with a flushed log. The challenge is derived from the hash of block
    /// `block.number + seedDelay`: activate it once that block is mined.
    function challengeStorage(uint64 bucketId) external returns (uint256 id) {
        uint64 last = lastChallenged[bucketId];
        if (last != 0 && block.timestamp < uint256(last) + params.period) {
            revert ChallengeTooSoon(bucketId, last + params.period);
        }
        MarketBase.BucketStatus memory b = _bucket(bucketId);
        if (b.resource == 0) revert BucketNotAllocated(bucketId);
        if (b.nodes.length == 0) revert ClusterHasNoNodes(b.clusterId);
        _challengeable(bucketId, b.ring);
        lastChallenged[bucketId] = uint64(block.timestamp);
        id = _create(bucketId, b.ring, 0, 0);
    }

    /// @notice Opens challenge `id`: derives its hoster, attesters and positions (see the
    /// contract's notes), stores them, and sets its deadline `window` seconds from now.
    /// Anyone may, once its seed block is mined and while that block's hash is available
    /// (256 blocks; after that, `reseed`).
    function activate(uint256 id) external {
        Challenge storage c = _pending(id);
        Derivation memory d = _derive(id, c);
        uint256 k = d.attesters.length;
        uint256 m = d.members.length;
        uint64 deadline = uint64(block.timestamp) + params.window;
        c.status = Status.Active;
        c.deadline = deadline;
        c.hosterNode = d.hosterNode;
        c.k = uint8(k);
        c.m = uint8(m);
        c.hoster = d.hoster;
        c.positionsHash = d.positionsHash;
        Terms storage t = bucketTerms[c.bucketId];
        c.termAvailabilityBps = t.minAvailabilityBps;
        c.termP50Ms = t.maxP50Ms;
        c.termBandwidth = t.minBandwidth;
        for (uint256 i; i < k; ++i) {
            c.attesters[i] = d.attesters[i];
        }
        for (uint256 i; i < m; ++i) {
            c.positions[i] = Position(d.members[i], d.seqs[i]);
            c.heads[i] = d.heads[i];
            c.headSeqs[i] = d.headSeqs[i];
        }
        emit ChallengeActivated(id, c.bucketId, d, deadline);
    }

    /// @notice Gives a pending challenge whose seed block's hash is no longer available (more
    /// than 256 blocks ago) a new seed block, `seedDelay` blocks from now. Anyone may.
    function reseed(uint256 id) external {
        Challenge storage c = _pending(id);
        uint64 seedBlock = c.seedBlock;
        if (block.number <= seedBlock || blockhash(seedBlock) != 0) revert SeedNotExpired(seedBlock);
        seedBlock = uint64(block.number) + params.seedDelay;
        c.seedBlock = seedBlock;
        emit ChallengeReseeded(id, seedBlock);
    }

    /// @notice What `activate(id)` would store now: callable once the seed block is mined.
    /// For an activated challenge it recomputes from the current state; what was stored is
    /// in getChallenge.
    function derive(uint256 id) external view returns (Derivation memory) {
        return _derive(id, _challenge(id));
    }

    /// @notice Records an attester's signed report (relayed by anyone) and resolves the
    /// challenge once a quorum q = ⌈2k/3⌉ agrees: q ok reports with the same data pass it;
    /// q reports against the best-supported data (fails, and ok reports with other data)
    /// fail it. An ok report needs the hoster's Receipt over the same data (`hosterSig`);
    /// a failing one needs none.
    function submitReport(Report calldata r, bytes calldata attesterSig, bytes calldata hosterSig) external {
        uint256 id = r.challenge;
        Challenge storage c = _active(id);
        if (block.timestamp > c.deadline) revert LateReport(id, c.deadline);
        address attester = _recover(hashReport(r), attesterSig);
        uint256 i = _selected(id, c, attester);
        address hoster = c.hoster;
        if (r.hoster != hoster) revert WrongHoster(r.hoster, hoster);
        if (r.positions != c.positionsHash) revert WrongPositions(r.positions, c.positionsHash);
        if (r.ok) {
            if (hosterSig.length == 0) revert MissingReceipt();
            address signer = _recover(hashReceipt(id, attester, r.data), hosterSig);
            if (signer != hoster) revert ReceiptSignerMismatch(signer, hoster);
        }
        emit ReportSubmitted(id, attester, r.ok, r.data);
        _count(id, c, i, r.ok, r.data);
    }

    /// @notice Closes an activated challenge past its deadline without a quorum. Anyone may.
    /// A first timeout contains the hoster and creates a retry (same bucket and hoster, a
    /// new seed, no period limit); a retry's timeout, or a contained node's, is a Fail.
    function resolve(uint256 id) external returns (uint256 retryId) {
        Challenge storage c = _active(id);
        if (block.timestamp <= c.deadline) revert DeadlineNotPassed(id, c.deadline);
        uint32 node = c.hosterNode;
        Reputation storage rep = reputations[node];
        if (c.retryOf != 0 || rep.contained) {
            _resolve(id, c, false, 0, true);
            return 0;
        }
        c.status = Status.TimedOut;
        rep.contained = true;
        ++rep.timeouts;
        ++records[node][_periodIndex()].timeouts;
        emit ChallengeResolved(id, node, Status.TimedOut, 0, false);
        emit NodeContained(node, true, id);
        retryId = _create(c.bucketId, c.ring, id, node);
    }

    // ---------------------------------------------------------------- performance

    /// @notice Sets bucket `bucketId`'s performance terms; only its owner may. A challenge
    /// takes the terms in force when it is activated: they grade the challenges of the
    /// bucket activated from then on.
    function setTerms(uint64 bucketId, Terms calldata t) external {
        MarketBase.BucketStatus memory b = _bucket(bucketId);
        if (msg.sender != b.owner) revert NotBucketOwner(bucketId, msg.sender);
        _bound("minAvailabilityBps", t.minAvailabilityBps, 0, BPS);
        bucketTerms[bucketId] = t;
        emit TermsSet(bucketId, t.minAvailabilityBps, t.maxP50Ms, t.minBandwidth);
    }

    /// @notice Bucket `bucketId`'s performance terms (all zero: none).
    function terms(uint64 bucketId) external view returns (Terms memory) {
        return bucketTerms[bucketId];
    }

    /// @notice Records a selected attester's signed measurement of an activated
    /// challenge's hoster (relayed by anyone), until the deadline, whether or not the
    /// storage verdict is in. The k-th measurement grades the challenge at once;
    /// otherwise gradePerformance does after the deadline.
    function submitPerformance(Performance calldata p, bytes calldata attesterSig) external {
        uint256 id = p.challenge;
        Challenge storage c = _challenge(id);
        uint64 deadline = c.deadline;
        if (deadline == 0) revert NotActive(id);
        if (block.timestamp > deadline) revert LateReport(id, deadline);
        address attester = _recover(_hashPerformance(p), attesterSig);
        uint256 i = _indexOf(id, c, attester);
        uint16 measured = c.measured;
        if (measured & (1 << i) != 0) revert AlreadyMeasured(id, attester);
        if (p.hoster != c.hoster) revert WrongHoster(p.hoster, c.hoster);
        _bound("availabilityBps", p.availabilityBps, 0, BPS);
        c.measured = measured | uint16(1 << i);
        if (p.availabilityBps >= c.termAvailabilityBps) ++c.votes[0];
        uint32 maxP50 = c.termP50Ms;
        if (maxP50 == 0 || p.p50Ms <= maxP50) ++c.votes[1];
        if (p.bandwidth >= c.termBandwidth) ++c.votes[2];
        uint8 reports = c.measurements + 1;
        c.measurements = reports;
        emit PerformanceReported(id, attester, p.availabilityBps, p.p50Ms, p.bandwidth);
        if (reports == c.k) _grade(id, c);
    }

    /// @notice Grades an activated challenge past its deadline from the measurements it
    /// has (at least one). Anyone may.
    function gradePerformance(uint256 id) external {
        Challenge storage c = _challenge(id);
        uint64 deadline = c.deadline;
        if (deadline == 0) revert NotActive(id);
        if (block.timestamp <= deadline) revert DeadlineNotPassed(id, deadline);
        if (c.met & GRADED != 0) revert AlreadyGraded(id);
        if (c.measurements == 0) revert NoMeasurements(id);
        _grade(id, c);
    }

    /// @notice A challenge's performance grade (graded false: not yet).
    function getGrade(uint256 id) external view returns (Grade memory g) {
        Challenge storage c = _challenge(id);
        uint8 met = c.met;
        g.reports = c.measurements;
        g.graded = met & GRADED != 0;
        g.votes = c.votes;
        g.availability = met & 1 != 0;
        g.latency = met & 2 != 0;
        g.bandwidth = met & 4 != 0;
        g.scoreBps = _gradeScore(met);
    }

    /// @notice The market's weight of node `nodeId` in a distribution whose previous one
    /// was at `since`: 0 if its latest Fail is at or after `since` (and that Fail's time),
    /// else the mean score of its performance grades since it was last paid (10,000 with
    /// none).
    function payWeight(uint32 nodeId, uint256 since) external view returns (uint256 weightBps, uint64 failedAt) {
        weightBps = _mean(performances[nodeId]);
        failedAt = reputations[nodeId].lastFailedAt;
        if (failedAt != 0 && failedAt >= since) weightBps = 0;
    }

    /// @notice The market paid node `nodeId` a share: its grades start afresh. Only the
    /// market may call, and only for a share it credited, so a distribution that pays a
    /// node nothing (no revenues, a Fail) leaves its grades to weigh the next one.
    function markPaid(uint32 nodeId) external {
        if (msg.sender != address(market)) revert NotMarket(msg.sender);
        NodePerformance storage p = performances[nodeId];
        p.unpaid = 0;
        p.unpaidSumBps = 0;
    }

    /// @notice The EIP-712 domain separator: name "Rings Challenges", version "1", this
    /// chain, this contract.
    function domainSeparator() public view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this)));
    }

    /// @notice The digest an attester signs for `r`.
    function hashReport(Report calldata r) public view returns (bytes32) {
        return _digest(keccak256(abi.encode(REPORT_TYPEHASH, r.challenge, r.hoster, r.positions, r.data, r.ok)));
    }

    /// @dev The EIP-712 digest an attester signs for a Performance.
    function _hashPerformance(Performance calldata p) private view returns (bytes32) {
        return _digest(
            keccak256(abi.encode(PERFORMANCE_TYPEHASH, p.challenge, p.hoster, p.availabilityBps, p.p50Ms, p.bandwidth))
        );
    }

    /// @notice The digest a hoster signs to countersign delivering `data` to `attester`.
    function hashReceipt(uint256 challenge, address attester, bytes32 data) public view returns (bytes32) {
        return _digest(keccak256(abi.encode(RECEIPT_TYPEHASH, challenge, attester, data)));
    }

    // ---------------------------------------------------------------- views

    /// @notice A challenge's whole state in one call.
    function getChallenge(uint256 id) external view returns (ChallengeView memory v) {
        Challenge storage c = _challenge(id);
        v.id = id;
        v.bucketId = c.bucketId;
        v.retryOf = c.retryOf;
        v.status = c.status;
        v.seedBlock = c.seedBlock;
        v.deadline = c.deadline;
        v.reports = c.reports;
        v.maxAgree = c.maxAgree;
        Derivation memory d = v.d;
        d.ring = c.ring;
        d.hosterNode = c.hosterNode;
        d.hoster = c.hoster;
        d.positionsHash = c.positionsHash;
        uint256 k = c.k;
        uint256 m = c.m;
        d.attesters = new address[](k);
        v.votes = new Vote[](k);
        for (uint256 i; i < k; ++i) {
            address a = c.attesters[i];
            d.attesters[i] = a;
            v.votes[i] = Vote(a, c.reported & (1 << i) != 0, c.okMask & (1 << i) != 0, c.data[i]);
        }
        d.members = new address[](m);
        d.seqs = new uint64[](m);
        d.heads = new bytes32[](m);
        d.headSeqs = new uint64[](m);
        for (uint256 i; i < m; ++i) {
            Position storage p = c.positions[i];
            d.members[i] = p.member;
            d.seqs[i] = p.seq;
            d.heads[i] = c.heads[i];
            d.headSeqs[i] = c.headSeqs[i];
        }
    }

    /// @notice A node's reputation: alpha and beta (1e18 fixed point), its score
    /// alpha / (alpha + beta) in basis points (10,000 before any outcome), whether it is
    /// contained, and its outcomes so far.
    function reputation(uint32 nodeId)
        external
        view
        returns (uint128 alpha, uint128 beta, uint256 scoreBps, bool contained, uint32 passes, uint32 fails, uint32 timeouts)
    {
        Reputation storage r = reputations[nodeId];
        return (r.alpha, r.beta, _score(r), r.contained, r.passes, r.fails, r.timeouts);
    }

    /// @notice A node's outcomes in period `periodIndex` (resolution time / period).
    function record(uint32 nodeId, uint64 periodIndex) external view returns (Record memory) {
        return records[nodeId][periodIndex];
    }

    /// @notice The block time of node `nodeId`'s latest Fail (a failed challenge, or a
    /// retry's or a contained node's timeout; a first timeout is not one), 0 if it never
    /// failed. The market pays no share of a distribution to a node that failed since the
    /// cluster's previous one.
    function lastFailedAt(uint32 nodeId) external view returns (uint64) {
        return reputations[nodeId].lastFailedAt;
    }

    /// @notice What the market's amendments read of node `nodeId`: whether its score is
    /// below thresholdBps, the score, and its outcomes (passes + fails) so far.
    function standing(uint32 nodeId) external view returns (bool below, uint256 scoreBps, uint256 outcomes) {
        Reputation storage r = reputations[nodeId];
        scoreBps = _score(r);
        below = scoreBps < params.thresholdBps;
        outcomes = uint256(r.passes) + r.fails;
    }

    /// @notice The current period's index: block.timestamp / period.
    function currentPeriod() external view returns (uint64) {
        return _periodIndex();
    }

    // ---------------------------------------------------------------- internals

    function _challenge(uint256 id) private view returns (Challenge storage c) {
        if (id == 0 || id > challengeCount) revert UnknownChallenge(id);
        c = challenges[id];
    }

    function _pending(uint256 id) private view returns (Challenge storage c) {
        c = _challenge(id);
        if (c.status != Status.Pending) revert NotPending(id, c.status);
    }

    function _active(uint256 id) private view returns (Challenge storage c) {
        c = _challenge(id);
        Status status = c.status;
        if (status == Status.Pending) revert NotActive(id);
        if (status != Status.Active) revert AlreadyResolved(id, status);
    }

    /// @dev The index of `attester` among the challenge's attesters; reverts unless it is
    /// one that has not reported yet.
    function _selected(uint256 id, Challenge storage c, address attester) private view returns (uint256 i) {
        i = _indexOf(id, c, attester);
        if (c.reported & (1 << i) != 0) revert AlreadyReported(id, attester);
    }

    /// @dev The index of `attester` among the challenge's attesters; reverts if it is none.
    function _indexOf(uint256 id, Challenge storage c, address attester) private view returns (uint256 i) {
        uint256 k = c.k;
        while (i < k && c.attesters[i] != attester) ++i;
        if (i == k) revert NotSelectedAttester(id, attester);
    }

    /// @dev Grades challenge `id` from its measurements: a term is met when more than half
    /// of them meet it, so one lying attester of three moves nothing; the score goes into
    /// the hoster's performance and its record of the period.
    function _grade(uint256 id, Challenge storage c) private {
        uint256 n = c.measurements;
        uint8 met = GRADED;
        for (uint256 t; t < 3; ++t) {
            if (2 * uint256(c.votes[t]) > n) met |= uint8(1 << t);
        }
        c.met = met;
        uint16 score = _gradeScore(met);
        uint32 node = c.hosterNode;
        NodePerformance storage p = performances[node];
        ++p.graded;
        p.lastScoreBps = score;
        ++p.unpaid;
        p.unpaidSumBps += score;
        Record storage rec = records[node][_periodIndex()];
        ++rec.graded;
        rec.gradeSumBps += score;
        emit PerformanceGraded(id, node, met, score);
    }

    /// @dev The score of a grade's met bits: terms met × 10,000 / 3.
    function _gradeScore(uint8 met) private pure returns (uint16) {
        return uint16(((met & 1) + (met >> 1 & 1) + (met >> 2 & 1)) * BPS / 3);
    }

    /// @dev The mean score of a node's grades since the market last paid it; 10,000 with none.
    function _mean(NodePerformance storage p) private view returns (uint256) {
        return p.unpaid == 0 ? BPS : p.unpaidSumBps / p.unpaid;
    }

    /// @dev Records attester i's vote and resolves the challenge on a quorum (see
    /// submitReport).
    function _count(uint256 id, Challenge storage c, uint256 i, bool ok, bytes32 data) private {
        uint256 k = c.k;
        uint256 maxAgree = c.maxAgree;
        if (ok) {
            uint16 okMask = c.okMask;
            uint256 agree = 1;
            for (uint256 j; j < k; ++j) {
                if (okMask & (1 << j) != 0 && c.data[j] == data) ++agree;
            }
            c.okMask = okMask | uint16(1 << i);
            c.data[i] = data;
            if (agree > maxAgree) maxAgree = agree;
        }
        uint256 reports = c.reports + 1;
        c.reported |= uint16(1 << i);
        c.reports = uint8(reports);
        c.maxAgree = uint8(maxAgree);
        uint256 q = (2 * k + 2) / 3;
        if (maxAgree >= q) {
            _resolve(id, c, true, data, false);
        } else if (reports - maxAgree >= q) {
            _resolve(id, c, false, 0, false);
        }
    }

    function _bucket(uint64 bucketId) private view returns (MarketBase.BucketStatus memory) {
        if (bucketId == 0 || bucketId > market.bucketCount()) revert UnknownBucket(bucketId);
        return market.getBucket(bucketId);
    }

    /// @dev The ring's members with a flushed log (seq > 0), in list order, in the first
    /// `count` rows of `hs`; reverts when there are none or the ring is too large.
    function _challengeable(uint64 bucketId, address ring)
        private
        view
        returns (RingLogs.MemberHead[] memory hs, uint256 count)
    {
        uint256 n = IChallengeRing(ring).memberCount();
        if (n > MAX_RING_MEMBERS) revert RingTooLarge(ring, n, MAX_RING_MEMBERS);
        hs = IChallengeRing(ring).getHeads();
        for (uint256 i; i < hs.length; ++i) {
            if (hs[i].seq != 0) hs[count++] = hs[i];
        }
        if (count == 0) revert NothingToChallenge(bucketId, ring);
    }

    function _create(uint64 bucketId, address ring, uint256 retryOf, uint32 hosterNode) private returns (uint256 id) {
        id = ++challengeCount;
        Challenge storage c = challenges[id];
        uint64 seedBlock = uint64(block.number) + params.seedDelay;
        c.bucketId = bucketId;
        c.seedBlock = seedBlock;
        c.ring = ring;
        if (retryOf != 0) {
            c.retryOf = uint64(retryOf);
            c.hosterNode = hosterNode;
        }
        emit ChallengeCreated(id, bucketId, seedBlock, retryOf, hosterNode);
    }

    function _word(bytes32 seed, uint256 tag, uint256 i) private pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, tag, i)));
    }

    function _derive(uint256 id, Challenge storage c) private view returns (Derivation memory d) {
        uint64 seedBlock = c.seedBlock;
        if (block.number <= seedBlock) revert SeedNotReady(seedBlock, block.number);
        bytes32 bh = blockhash(seedBlock);
        if (bh == 0) revert SeedExpired(seedBlock);
        uint64 bucketId = c.bucketId;
        bytes32 seed = keccak256(abi.encode(bh, id, bucketId));
        MarketBase.BucketStatus memory b = _bucket(bucketId);
        MarketBase.NodeView[] memory nodes = b.nodes;
        d.ring = b.ring;
        if (c.retryOf == 0) {
            if (nodes.length == 0) revert ClusterHasNoNodes(b.clusterId);
            MarketBase.NodeView memory h = nodes[_word(seed, TAG_HOSTER, 0) % nodes.length];
            d.hosterNode = h.nodeId;
            d.hoster = h.avatar;
        } else {
            d.hosterNode = c.hosterNode;
            d.hoster = market.getNode(d.hosterNode).avatar;
        }
        Params memory p = params;
        d.attesters = _drawAttesters(seed, nodes, d.hoster, p.attesters);
        (RingLogs.MemberHead[] memory hs, uint256 count) = _challengeable(bucketId, b.ring);
        uint256 m = p.positions;
        d.members = new address[](m);
        d.seqs = new uint64[](m);
        d.heads = new bytes32[](m);
        d.headSeqs = new uint64[](m);
        for (uint256 i; i < m; ++i) {
            RingLogs.MemberHead memory h = hs[_word(seed, TAG_MEMBER, i) % count];
            d.members[i] = h.member;
            d.seqs[i] = uint64(1 + _word(seed, TAG_SEQ, i) % h.seq);
            d.heads[i] = h.head;
            d.headSeqs[i] = h.seq;
        }
        d.positionsHash = keccak256(abi.encode(d.members, d.seqs));
    }

    /// @dev k attesters from the pool, none the hoster or an avatar of `nodes` (see the
    /// contract's notes). Reverts unless the pool holds k such attesters.
    function _drawAttesters(bytes32 seed, MarketBase.NodeView[] memory nodes, address hoster, uint256 k)
        private
        view
        returns (address[] memory out)
    {
        Shuffle memory sh = _shuffle(nodes, hoster, k);
        uint256 n = pool.length;
        out = new address[](k);
        uint256 got;
        for (uint256 j; got < k; ++j) {
            address a = pool[_draw(sh, j, j + _word(seed, TAG_ATTESTER, j) % (n - j))];
            if (a == hoster || _isAvatar(nodes, a)) continue;
            out[got++] = a;
        }
    }

    /// @dev An empty lazy shuffle of the pool with room for every draw k attesters can
    /// take: k plus the excluded accounts in the pool (the avatars of the cluster's nodes,
    /// one node per avatar so no duplicates, and the hoster if it is not one of them).
    /// Reverts unless the pool holds k attesters that are not excluded.
    function _shuffle(MarketBase.NodeView[] memory nodes, address hoster, uint256 k)
        private
        view
        returns (Shuffle memory)
    {
        uint256 excluded;
        bool hosterListed;
        for (uint256 i; i < nodes.length; ++i) {
            address a = nodes[i].avatar;
            if (attesterInfo[a].index != 0) ++excluded;
            if (a == hoster) hosterListed = true;
        }
        if (!hosterListed && attesterInfo[hoster].index != 0) ++excluded;
        uint256 eligible = pool.length - excluded;
        if (eligible < k) revert NotEnoughAttesters(eligible, k);
        return Shuffle(new uint256[](k + excluded), new uint256[](k + excluded), 0);
    }

    /// @dev Draw j of a lazy Fisher–Yates shuffle: swaps slots j and r (r ≥ j) and returns
    /// the index that was in slot r. A slot not in `keys` holds its own index.
    function _draw(Shuffle memory sh, uint256 j, uint256 r) private pure returns (uint256 picked) {
        picked = r;
        uint256 atJ = j;
        uint256 slot = sh.used;
        for (uint256 t; t < sh.used; ++t) {
            uint256 key = sh.keys[t];
            if (key == r) {
                picked = sh.vals[t];
                slot = t;
            }
            if (key == j) atJ = sh.vals[t];
        }
        sh.keys[slot] = r;
        sh.vals[slot] = atJ;
        if (slot == sh.used) ++sh.used;
    }

    function _isAvatar(MarketBase.NodeView[] memory nodes, address a) private pure returns (bool) {
        for (uint256 i; i < nodes.length; ++i) {
            if (nodes[i].avatar == a) return true;
        }
        return false;
    }

    /// @dev Ends an active challenge as Passed (`pass`) or Failed, and updates its hoster's
    /// reputation and record; a retry's outcome lifts the hoster's containment.
    function _resolve(uint256 id, Challenge storage c, bool pass, bytes32 data, bool timedOut) private {
        uint32 node = c.hosterNode;
        Status outcome = pass ? Status.Passed : Status.Failed;
        c.status = outcome;
        Reputation storage rep = reputations[node];
        uint256 lambda = params.decayBps;
        uint256 alpha = uint256(rep.alpha) * lambda / BPS;
        uint256 beta = uint256(rep.beta) * lambda / BPS;
        Record storage rec = records[node][_periodIndex()];
        if (pass) {
            alpha += ONE;
            ++rep.passes;
            ++rec.passes;
        } else {
            beta += ONE;
            ++rep.fails;
            ++rec.fails;
            rep.lastFailedAt = uint64(block.timestamp);
        }
        rep.alpha = uint128(alpha);
        rep.beta = uint128(beta);
        emit ChallengeResolved(id, node, outcome, data, timedOut);
        emit ReputationUpdated(node, uint128(alpha), uint128(beta), alpha * BPS / (alpha + beta));
        if (c.retryOf != 0 && rep.contained) {
            rep.contained = false;
            emit NodeContained(node, false, id);
        }
    }

    function _score(Reputation storage r) private view returns (uint256) {
        uint256 total = uint256(r.alpha) + r.beta;
        return total == 0 ? BPS : uint256(r.alpha) * BPS / total;
    }

    function _periodIndex() private view returns (uint64) {
        return uint64(block.timestamp / params.period);
    }

    function _digest(bytes32 structHash) private view returns (bytes32) {
        return keccak256(abi.encodePacked(hex"1901", domainSeparator(), structHash));
    }

    /// @dev ecrecover over a 65-byte r ‖ s ‖ v signature, v ∈ {27, 28}, low s.
    function _recover(bytes32 digest, bytes calldata sig) private pure returns (address signer) {
        if (sig.length != 65) revert BadSignatureLength();
        bytes32 r = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        if (v != 27 && v != 28) revert BadSignatureV();
        if (uint256(s) > HALF_CURVE_ORDER) revert HighS();
        signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert BadSignature();
    }
}
