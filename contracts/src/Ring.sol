// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {RingLogs} from "./RingLogs.sol";

/// @title Ring
/// @notice A ring: an owner-managed set of members plus their logs (see RingLogs).
/// @dev Rings are EIP-1167 minimal proxies (clones) of one Ring, the implementation, that
/// RingFactory deploys: a clone runs this code on its own storage, so `address(this)` (the
/// EIP-712 `verifyingContract` and every `ring` field) is the clone's address. A clone is set
/// up by `initialize`, once; the implementation's constructor marks the implementation itself
/// initialized, so it never gets an owner or members. Clones cannot use immutable variables
/// or storage initialised at its declaration (they would live in the implementation's code
/// or constructor): this contract and RingLogs have none.
///
/// Members are a singly linked list in the style of Safe's OwnerManager:
/// `members[SENTINEL_MEMBERS]` is the first member, each member points to the next, and the
/// last points back to the sentinel; a non-member maps to address(0). `initialize` keeps
/// the given order; `enter` inserts at the front. The owner is not a member unless listed.
contract Ring is RingLogs {
    address internal constant SENTINEL_MEMBERS = address(0x1);
    /// @notice The largest peer ID a member may store, in bytes (a libp2p peer ID is at most
    /// 38 bytes today: an identity multihash of an ed25519 or secp256k1 key).
    uint256 public constant MAX_PEER_ID_SIZE = 64;
    /// @notice The most multiaddress bytes a member may store.
    uint256 public constant MAX_MULTIADDRS_SIZE = 1024;

    mapping(address => address) internal members;
    /// @notice The number of current members.
    uint256 public memberCount;
    /// @notice The account that may add and remove members (directly or by signature).
    address public owner;
    /// @dev Whether `initialize` has run (or, in the implementation, the constructor). Declared
    /// right after `owner` so that both share one storage slot: `initialize` writes it for free.
    bool private initialized;
    /// @notice Each member's libp2p peer ID (binary), set by the member.
    mapping(address => bytes) public peerIds;
    /// @notice Each member's public multiaddresses (binary, concatenated), set by the member.
    mapping(address => bytes) public publicMultiaddresses;
    /// @notice When each member's peer info was last set (unix seconds): the `updated` of its
    /// latest signed PeerInfo, or about the block time of its latest `setPeerInfo`. It only
    /// grows, and stays when the member exits, so a signed PeerInfo can never be replayed.
    mapping(address => uint64) public peerInfoUpdated;

    event MemberEntered(address indexed member);
    event MemberExited(address indexed member);
    event PeerInfoUpdated(address indexed member, bytes peerId, bytes multiaddrs);

    error AlreadyInitialized();
    error NotOwner();
    error InvalidOwner();
    error InvalidMember(address member);
    error AlreadyMember(address member);
    error StalePeerInfo(uint64 updated, uint64 stored);
    error PeerInfoTooLarge(uint256 peerIdSize, uint256 multiaddrsSize);

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner();
        _;
    }

    /// @notice Deploys the implementation that rings are clones of: a ring with no owner and
    /// an empty member list (so its views work), marked initialized so that it stays that
    /// way. Every owner or member function reverts on it, and what anyone may call
    /// (`reportFork`, `revokeSession`) only writes its own storage, which no ring reads.
    constructor() {
        initialized = true;
        members[SENTINEL_MEMBERS] = SENTINEL_MEMBERS;
    }

    /// @notice Sets up a new ring (a clone): its owner and initial members. Runs once only
    /// (`AlreadyInitialized` afterwards, and always on the implementation); RingFactory calls
    /// it in the transaction that creates the clone.
    /// @param owner_ the ring's owner (non-zero; not made a member unless in `members_`)
    /// @param members_ the initial members, in list order, validated like `enter`
    function initialize(address owner_, address[] calldata members_) external {
        if (initialized) revert AlreadyInitialized();
        if (owner_ == address(0)) revert InvalidOwner();
        initialized = true;
        owner = owner_;
        address current = SENTINEL_MEMBERS;
        for (uint256 i; i < members_.length; ++i) {
            address m = members_[i];
            _checkNew(m);
            // members[current] is still unset, so a member repeated back to back needs this check.
            if (m == current) revert AlreadyMember(m);
            members[current] = m;
            current = m;
            emit MemberEntered(m);
        }
        members[current] = SENTINEL_MEMBERS;
        memberCount = members_.length;
    }

    // ---------------------------------------------------------------- membership

    /// @notice Adds `member` (at the front of the list). Owner only.
    function enter(address member) external onlyOwner {
        _enter(member);
    }

    /// @notice Removes `member`. Owner only. Removing the last member is allowed.
    function exit(address member) external onlyOwner {
        _exit(member);
    }

    /// @notice Adds (`enter_`) or removes `member` on the owner's signed `Membership` request
    /// (nonce `nonces[owner]`). Anyone may relay, so the owner needs no gas.
    function changeMembership(address member, bool enter_, uint256 deadline, bytes calldata sig) external {
        if (block.timestamp > deadline) revert Expired(deadline);
        address owner_ = owner;
        uint256 nonce = nonces[owner_];
        address signer = _recover(hashMembership(member, enter_, nonce, deadline), sig);
        if (signer != owner_) revert SignerMismatch(signer, owner_);
        nonces[owner_] = nonce + 1;
        if (enter_) {
            _enter(member);
        } else {
            _exit(member);
        }
    }

    /// @notice Sets the caller's peer ID and public multiaddresses. Members only. Sets
    /// `peerInfoUpdated[caller]` to the block time, or to one more than its value if that is
    /// not earlier, so that no PeerInfo signed before this call can be relayed after it (and
    /// every call changes it, which keeps gas estimates exact).
    function setPeerInfo(bytes calldata peerId, bytes calldata multiaddrs) external {
        _checkPeerInfoSize(peerId, multiaddrs);
        if (!isMember(msg.sender)) revert NotMember(msg.sender);
        uint64 stored = peerInfoUpdated[msg.sender];
        uint64 now_ = uint64(block.timestamp);
        _setPeerInfo(msg.sender, peerId, multiaddrs, now_ > stored ? now_ : stored + 1);
    }

    /// @notice Sets `member`'s peer ID and public multiaddresses on its signed `PeerInfo`
    /// (see hashPeerInfo). Anyone may relay, so the member needs no gas. `updated` (unix
    /// seconds) must be later than `peerInfoUpdated[member]`: a PeerInfo is applied at most
    /// once, and never after a newer one.
    function setPeerInfoFor(
        address member,
        bytes calldata peerId,
        bytes calldata multiaddrs,
        uint64 updated,
        bytes calldata sig
    ) external {
        _checkPeerInfoSize(peerId, multiaddrs);
        address signer = _recover(hashPeerInfo(member, peerId, multiaddrs, updated), sig);
        if (signer != member) revert SignerMismatch(signer, member);
        if (!isMember(member)) revert NotMember(member);
        uint64 stored = peerInfoUpdated[member];
        if (updated <= stored) revert StalePeerInfo(updated, stored);
        _setPeerInfo(member, peerId, multiaddrs, updated);
    }

    /// @notice A member's peer ID, public multiaddresses and `peerInfoUpdated`, in one call.
    function getPeerInfo(address member)
        external
        view
        returns (bytes memory peerId, bytes memory multiaddrs, uint64 updated)
    {
        return (peerIds[member], publicMultiaddresses[member], peerInfoUpdated[member]);
    }

    function _checkPeerInfoSize(bytes calldata peerId, bytes calldata multiaddrs) private pure {
        if (peerId.length > MAX_PEER_ID_SIZE || multiaddrs.length > MAX_MULTIADDRS_SIZE) {
            revert PeerInfoTooLarge(peerId.length, multiaddrs.length);
        }
    }

    function _setPeerInfo(address member, bytes calldata peerId, bytes calldata multiaddrs, uint64 updated)
        private
    {
        peerIds[member] = peerId;
        publicMultiaddresses[member] = multiaddrs;
        peerInfoUpdated[member] = updated;
        emit PeerInfoUpdated(member, peerId, multiaddrs);
    }

    /// @inheritdoc RingLogs
    function isMember(address account) public view override returns (bool) {
        return account != SENTINEL_MEMBERS && members[account] != address(0);
    }

    /// @inheritdoc RingLogs
    function getMembers() public view override returns (address[] memory list) {
        list = new address[](memberCount);
        address current = members[SENTINEL_MEMBERS];
        for (uint256 i; current != SENTINEL_MEMBERS; ++i) {
            list[i] = current;
            current = members[current];
        }
    }

    /// @notice Everything a follower of the ring reads, in one call so that it is one state:
    /// the owner, every current member with its head, seq and next nonce (as `getHeads()`,
    /// in list order), `entryCount` and `ringNodeHead`.
    function getState()
        external
        view
        returns (address owner_, MemberHead[] memory heads, uint64 entryCount_, bytes32 ringNodeHead_)
    {
        return (owner, _heads(), entryCount, ringNodeHead);
    }

    function _memberCount() internal view override returns (uint256) {
        return memberCount;
    }

    function _checkNew(address member) private view {
        if (member == address(0) || member == SENTINEL_MEMBERS) revert InvalidMember(member);
        if (members[member] != address(0)) revert AlreadyMember(member);
    }

    function _enter(address member) private {
        _checkNew(member);
        members[member] = members[SENTINEL_MEMBERS];
        members[SENTINEL_MEMBERS] = member;
        ++memberCount;
        emit MemberEntered(member);
    }

    /// @dev Also clears the member's peer ID and multiaddresses; its log head, nonce, fork
    /// records and `peerInfoUpdated` stay (so a PeerInfo it signed before it left cannot be
    /// relayed after it enters again).
    function _exit(address member) private {
        if (!isMember(member)) revert NotMember(member);
        address prev = SENTINEL_MEMBERS;
        while (members[prev] != member) {
            prev = members[prev];
        }
        members[prev] = members[member];
        delete members[member];
        delete peerIds[member];
        delete publicMultiaddresses[member];
        --memberCount;
        emit MemberExited(member);
    }
}
