// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title RingLogs
/// @notice The log half of a ring: the on-chain heads of the members' single-writer logs,
/// the ring's multi-writer consensus log (a 100-entry circular buffer plus a checkpoint
/// every 100 entries), registered outputs, and on-chain fork proofs.
/// @dev Every signature is EIP-712 typed data under the domain
/// `{name: "Rings", version: "1", chainId: block.chainid, verifyingContract: address(this)}`,
/// so any wallet can produce it with eth_signTypedData_v4. The `ring` field of every struct
/// is `address(this)`. Membership lives in the concrete contract (see Ring), reached through
/// the `isMember`, `getMembers` and `_memberCount` hooks.
///
/// Session keys: a member (the *author*) may sign one EIP-712 `Session` delegating to a key
/// for a window of time; flushes and LogNodes signed by that key then count as the author's
/// (`flushWithSession`, `flushManyWithSessions`, `reportForkWithSessions`) until the window
/// closes or the key is revoked (`revokeSession`, `revokeSessionFor`). A `Session` whose `key`
/// is zero stands for "no session": the author signs itself.
abstract contract RingLogs {
    // ---------------------------------------------------------------- constants

    /// @notice Entries kept in `ringLogs`; one checkpoint is archived every this many entries.
    uint256 public constant CHECKPOINT_FREQUENCY = 100;
    /// @notice A majority is at least NUMERATOR/DENOMINATOR of the members (2/3).
    uint256 public constant RING_MAJORITY_NUMERATOR = 2;
    uint256 public constant RING_MAJORITY_DENOMINATOR = 3;
    /// @notice CIDv1 + dag-cbor + sha2-256 + 32-byte length: `cidPrefix ++ digest` is the CID.
    bytes public constant cidPrefix = hex"01711220";

    bytes32 public constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 public constant FLUSH_TYPEHASH =
        keccak256("Flush(address ring,address avatar,bytes32 head,uint64 seq,uint256 nonce,uint256 deadline)");
    bytes32 public constant LOG_NODE_TYPEHASH =
        keccak256("LogNode(address ring,address author,uint64 seq,bytes32 prev,bytes32 refs,bytes32 body,uint64 time)");
    bytes32 public constant RING_ENTRY_TYPEHASH =
        keccak256("RingEntry(address ring,uint64 index,bytes32 entry,bytes32 prev)");
    bytes32 public constant OUTPUTS_TYPEHASH = keccak256("Outputs(address ring,uint256 nonce,bytes32 outputsHash)");
    bytes32 public constant MEMBERSHIP_TYPEHASH =
        keccak256("Membership(address ring,address member,bool enter,uint256 nonce,uint256 deadline)");
    bytes32 public constant PEER_INFO_TYPEHASH =
        keccak256("PeerInfo(address ring,address member,bytes peerId,bytes multiaddrs,uint64 updated)");
    bytes32 public constant SESSION_TYPEHASH =
        keccak256("Session(address ring,address author,address key,uint64 notBefore,uint64 expiry)");
    bytes32 public constant SESSION_REVOCATION_TYPEHASH =
        keccak256("SessionRevocation(address ring,address author,address key)");
    /// @notice The latest `notBefore` and `expiry` a Session may carry: 2^53 - 1, the largest
    /// integer a JavaScript number holds exactly.
    uint64 public constant MAX_SESSION_TIME = 2 ** 53 - 1;

    bytes32 private constant NAME_HASH = keccak256("Rings");
    bytes32 private constant VERSION_HASH = keccak256("1");
    /// @dev secp256k1n / 2: signatures with a larger s are malleable copies and are rejected.
    uint256 private constant HALF_CURVE_ORDER = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    // ---------------------------------------------------------------- types

    /// @notice A member's signed request to set its log head on chain (EIP-712 `Flush`).
    struct FlushRequest {
        address avatar;
        bytes32 head;
        uint64 seq;
        uint256 nonce;
        uint256 deadline;
    }

    /// @notice The on-chain head of one member's log: the head LogNode's CID digest and seq.
    struct LogHead {
        bytes32 head;
        uint64 seq;
    }

    /// @notice The signed fields of a LogNode (EIP-712 `LogNode`, `ring` = this contract).
    struct LogNodeClaim {
        address author;
        uint64 seq;
        bytes32 prev;
        bytes32 refs;
        bytes32 body;
        uint64 time;
    }

    /// @notice A registered output: `data` (a CID digest) under the number `pin`.
    struct Output {
        uint256 pin;
        bytes32 data;
    }

    /// @notice An author's EIP-712 `Session(ring, author, key, notBefore, expiry)`, signed by the
    /// author (`sig`), delegating signing to `key` from `notBefore` to `expiry` (unix seconds,
    /// both inclusive). The author is the one the signed request or LogNode names. `key` zero
    /// means no session: the request or node is signed by its author, and the other fields
    /// are ignored.
    struct Session {
        address key;
        uint64 notBefore;
        uint64 expiry;
        bytes sig;
    }

    /// @notice One row of `getHeads()`.
    struct MemberHead {
        address member;
        bytes32 head;
        uint64 seq;
        uint256 nonce;
    }

    // ---------------------------------------------------------------- state

    /// @notice The latest flushed head of each member's log (kept after the member exits).
    mapping(address => LogHead) public logNodeHeads;
    /// @notice The next expected nonce of each signer (Flush for avatars, Membership for the owner).
    mapping(address => uint256) public nonces;
    /// @notice The digest of the latest committed RingEntry block (zero before the first).
    bytes32 public ringNodeHead;
    /// @notice The number of committed ring entries; the next entry has this index.
    uint64 public entryCount;
    /// @notice The 100 most recent ring entries: entry i is at `ringLogs[i % 100]`.
    bytes32[100] public ringLogs;
    /// @notice Entry 99, 199, 299, ... archived for good: `checkpoints[k]` is entry `100k + 99`.
    bytes32[] public checkpoints;
    /// @notice Registered outputs by pin.
    mapping(uint256 => bytes32) public outputs;
    /// @notice The nonce the next `registerOutputs` call must be signed over (a uint256 in the
    /// `Outputs` signature; 192 bits so that `outputsBlock` shares its slot).
    uint192 public outputsNonce;
    /// @notice The block number of the latest `registerOutputs` (zero before the first): its
    /// OutputsRegistered event is found with a log query over that one block. It shares the
    /// slot of `outputsNonce`, which every registration changes, so it costs no extra storage
    /// write and a registration's gas does not depend on the block it lands in.
    uint64 public outputsBlock;
    /// @notice Whether a fork of (author, seq) has been proven on chain.
    mapping(address => mapping(uint64 => bool)) public forkReported;
    /// @notice When each author's session key was revoked (unix seconds; zero: not revoked).
    /// A revoked key signs no more flushes; LogNodes it signed before that second still count.
    mapping(address => mapping(address => uint64)) public sessionRevokedAt;

    // ---------------------------------------------------------------- events

    event LogHeadUpdated(address indexed avatar, bytes32 head, uint64 seq, uint256 nonce);
    event RingEntryCommitted(uint64 indexed index, bytes32 entry, bytes32 prev);
    event CheckpointArchived(uint256 indexed checkpoint, uint64 index, bytes32 entry);
    event OutputsRegistered(uint256 indexed nonce, bytes32 outputsHash, Output[] outputs);
    event ForkReported(address indexed author, uint64 seq, bytes32 nodeA, bytes32 nodeB, address reporter);
    event SessionRevoked(address indexed author, address indexed key, uint64 revokedAt);

    // ---------------------------------------------------------------- errors

    error BadSignatureLength();
    error BadSignatureV();
    error HighS();
    error BadSignature();
    error Expired(uint256 deadline);
    error SignerMismatch(address signer, address expected);
    error NotMember(address account);
    error BadNonce(uint256 expected, uint256 got);
    error SeqNotIncreasing(uint64 current, uint64 got);
    error ZeroHead();
    error LengthMismatch();
    error BadEntryIndex(uint64 expected, uint64 got);
    error BadEntryPrev(bytes32 expected, bytes32 got);
    error SignersNotAscending();
    error NoMajority(uint256 have, uint256 need);
    error NotAFork();
    error ForkAlreadyReported();
    error SessionNotYetValid(uint64 notBefore);
    error SessionExpired(uint64 expiry);
    error SessionKeyRevoked(address key, uint64 revokedAt);
    error BadSessionWindow();
    error BadSessionKey(address key);

    // ---------------------------------------------------------------- membership hooks

    /// @notice Whether `account` is a current member.
    function isMember(address account) public view virtual returns (bool);

    /// @notice The current members, in list order.
    function getMembers() public view virtual returns (address[] memory);

    /// @dev The number of current members.
    function _memberCount() internal view virtual returns (uint256);

    // ---------------------------------------------------------------- heads

    /// @notice Sets `f.avatar`'s log head from its signed Flush. Anyone may relay.
    function flush(FlushRequest calldata f, bytes calldata sig) external {
        _flush(f, sig, f.avatar);
    }

    /// @notice Applies several flushes atomically: if one fails, none is applied.
    function flushMany(FlushRequest[] calldata fs, bytes[] calldata sigs) external {
        if (fs.length != sigs.length) revert LengthMismatch();
        for (uint256 i; i < fs.length; ++i) {
            _flush(fs[i], sigs[i], fs[i].avatar);
        }
    }

    /// @notice `flush` with the Flush signed by `s.key`, a session key of `f.avatar`: `s.sig`
    /// recovers to `f.avatar`, `s.notBefore <= block.timestamp <= s.expiry`, and the key is not
    /// revoked (see `_sessionSigner`); then every rule of `flush` applies. Anyone may relay.
    function flushWithSession(FlushRequest calldata f, bytes calldata sig, Session calldata s) external {
        _flush(f, sig, _sessionSigner(f.avatar, s, block.timestamp * 1000));
    }

    /// @notice `flushMany` where `fs[i]` is signed by the session key `ss[i].key`, or by its
    /// avatar when `ss[i].key` is zero. Atomic: if one fails, none is applied.
    function flushManyWithSessions(FlushRequest[] calldata fs, bytes[] calldata sigs, Session[] calldata ss)
        external
    {
        if (fs.length != sigs.length || fs.length != ss.length) revert LengthMismatch();
        uint256 nowMs = block.timestamp * 1000;
        for (uint256 i; i < fs.length; ++i) {
            _flush(fs[i], sigs[i], _sessionSigner(fs[i].avatar, ss[i], nowMs));
        }
    }

    /// @dev Applies `f` if `sig` over it recovers to `expected` (the avatar, or its checked
    /// session key) and the avatar may flush it: a member, the next nonce, a higher seq, a
    /// non-zero head, before the deadline.
    function _flush(FlushRequest calldata f, bytes calldata sig, address expected) internal {
        if (block.timestamp > f.deadline) revert Expired(f.deadline);
        address signer = _recover(hashFlush(f), sig);
        if (signer != expected) revert SignerMismatch(signer, expected);
        if (!isMember(f.avatar)) revert NotMember(f.avatar);
        uint256 nonce = nonces[f.avatar];
        if (f.nonce != nonce) revert BadNonce(nonce, f.nonce);
        LogHead storage h = logNodeHeads[f.avatar];
        if (f.seq <= h.seq) revert SeqNotIncreasing(h.seq, f.seq);
        if (f.head == bytes32(0)) revert ZeroHead();
        nonces[f.avatar] = nonce + 1;
        h.head = f.head;
        h.seq = f.seq;
        emit LogHeadUpdated(f.avatar, f.head, f.seq, nonce);
    }

    /// @notice Every current member with its head, seq and next nonce, in list order.
    function getHeads() external view returns (MemberHead[] memory heads) {
        return _heads();
    }

    /// @dev The rows of `getHeads()`, shared with the concrete contract's `getState()`.
    function _heads() internal view returns (MemberHead[] memory heads) {
        address[] memory ms = getMembers();
        heads = new MemberHead[](ms.length);
        for (uint256 i; i < ms.length; ++i) {
            LogHead storage h = logNodeHeads[ms[i]];
            heads[i] = MemberHead(ms[i], h.head, h.seq, nonces[ms[i]]);
        }
    }

    // ---------------------------------------------------------------- consensus log

    /// @notice Appends entry `index` to the ring log, with a 2/3 majority of member votes.
    /// @param sigs members' signatures over `RingEntry(ring,index,entry,prev)`, signers in
    /// strictly ascending address order.
    function commitEntry(uint64 index, bytes32 entry, bytes32 prev, bytes[] calldata sigs) external {
        if (index != entryCount) revert BadEntryIndex(entryCount, index);
        if (prev != ringNodeHead) revert BadEntryPrev(ringNodeHead, prev);
        _requireMajority(hashRingEntry(index, entry, prev), sigs);
        ringLogs[index % CHECKPOINT_FREQUENCY] = entry;
        ringNodeHead = entry;
        entryCount = index + 1;
        emit RingEntryCommitted(index, entry, prev);
        if ((uint256(index) + 1) % CHECKPOINT_FREQUENCY == 0) {
            checkpoints.push(entry);
            emit CheckpointArchived(checkpoints.length - 1, index, entry);
        }
    }

    /// @notice The number of archived checkpoints.
    function checkpointCount() external view returns (uint256) {
        return checkpoints.length;
    }

    /// @notice The whole circular buffer in one call.
    function getRingLogs() external view returns (bytes32[100] memory) {
        return ringLogs;
    }

    /// @notice Registers `outs` (pin => data), with a 2/3 majority of member votes, and records
    /// the block in `outputsBlock`.
    /// @param sigs members' signatures over `Outputs(ring,outputsNonce,outputsHash)`, signers
    /// in strictly ascending address order.
    function registerOutputs(Output[] calldata outs, bytes[] calldata sigs) external {
        uint192 nonce = outputsNonce;
        bytes32 oh = _outputsHash(outs);
        _requireMajority(_digest(keccak256(abi.encode(OUTPUTS_TYPEHASH, address(this), nonce, oh))), sigs);
        for (uint256 i; i < outs.length; ++i) {
            outputs[outs[i].pin] = outs[i].data;
        }
        outputsNonce = nonce + 1;
        outputsBlock = uint64(block.number);
        emit OutputsRegistered(nonce, oh, outs);
    }

    /// @dev Reverts unless `sigs` are valid signatures of `digest` by distinct members, in
    /// strictly ascending address order, at least ceil(2/3 of the members) of them (and at
    /// least one).
    function _requireMajority(bytes32 digest, bytes[] calldata sigs) internal view {
        address last;
        for (uint256 i; i < sigs.length; ++i) {
            address signer = _recover(digest, sigs[i]);
            if (!isMember(signer)) revert NotMember(signer);
            if (signer <= last) revert SignersNotAscending();
            last = signer;
        }
        uint256 need = (_memberCount() * RING_MAJORITY_NUMERATOR + RING_MAJORITY_DENOMINATOR - 1)
            / RING_MAJORITY_DENOMINATOR;
        if (need == 0) need = 1;
        if (sigs.length < need) revert NoMajority(sigs.length, need);
    }

    // ---------------------------------------------------------------- accountability

    /// @notice Records a proven fork: two LogNodes signed by the same author for the same seq
    /// with different content. Anyone may report; the author need not be a current member.
    function reportFork(LogNodeClaim calldata a, bytes calldata sigA, LogNodeClaim calldata b, bytes calldata sigB)
        external
    {
        if (a.author != b.author || a.seq != b.seq) revert NotAFork();
        _recordFork(a, _checkClaim(a, sigA, a.author), _checkClaim(b, sigB, b.author));
    }

    /// @notice `reportFork` where each node may be signed by a session key of its author
    /// (`sa`, `sb`; a zero key: signed by the author itself). A node signed by a session key
    /// counts as its author's when its `time` (unix ms) lies in the session's window
    /// (`notBefore * 1000 <= time <= expiry * 1000`) and before the key's revocation, if any
    /// (`time < sessionRevokedAt * 1000`); the session may have ended since. The fork is the
    /// author's: `ForkReported(author, ...)`.
    function reportForkWithSessions(
        LogNodeClaim calldata a,
        bytes calldata sigA,
        Session calldata sa,
        LogNodeClaim calldata b,
        bytes calldata sigB,
        Session calldata sb
    ) external {
        if (a.author != b.author || a.seq != b.seq) revert NotAFork();
        bytes32 digestA = _checkSessionClaim(a, sigA, sa);
        _recordFork(a, digestA, _checkSessionClaim(b, sigB, sb));
    }

    /// @dev `_checkClaim` for a LogNode signed under session `s`, checked at the node's time.
    function _checkSessionClaim(LogNodeClaim calldata c, bytes calldata sig, Session calldata s)
        private
        view
        returns (bytes32)
    {
        return _checkClaim(c, sig, _sessionSigner(c.author, s, c.time));
    }

    /// @dev Records the fork of `a`'s (author, seq) between the LogNodes of digests
    /// `digestA` and `digestB`, both checked, unless they are one node or it is known.
    function _recordFork(LogNodeClaim calldata a, bytes32 digestA, bytes32 digestB) private {
        if (digestA == digestB) revert NotAFork();
        if (forkReported[a.author][a.seq]) revert ForkAlreadyReported();
        forkReported[a.author][a.seq] = true;
        emit ForkReported(a.author, a.seq, digestA, digestB, msg.sender);
    }

    /// @dev The digest of the LogNode `c`, once `sig` over it recovers to `expected`.
    function _checkClaim(LogNodeClaim calldata c, bytes calldata sig, address expected)
        private
        view
        returns (bytes32 digest)
    {
        digest = hashLogNode(c);
        address signer = _recover(digest, sig);
        if (signer != expected) revert SignerMismatch(signer, expected);
    }

    // ---------------------------------------------------------------- session keys

    /// @notice Revokes the caller's session key `key` (see `revokeSessionFor`).
    function revokeSession(address key) external {
        _revokeSession(msg.sender, key);
    }

    /// @notice Revokes `author`'s session key `key` from now on: it signs no more flushes, and
    /// a LogNode it signs counts only if its time is before this block's second. `sig` is over
    /// `SessionRevocation(ring, author, key)`, by the author or by the key itself. Anyone may
    /// relay. Idempotent: a key already revoked keeps its first `sessionRevokedAt`, and the call
    /// changes nothing and emits nothing.
    function revokeSessionFor(address author, address key, bytes calldata sig) external {
        address signer = _recover(hashSessionRevocation(author, key), sig);
        if (signer != author && signer != key) revert SignerMismatch(signer, author);
        _revokeSession(author, key);
    }

    function _revokeSession(address author, address key) private {
        if (key == address(0)) revert BadSessionKey(key);
        if (sessionRevokedAt[author][key] != 0) return;
        uint64 revokedAt = uint64(block.timestamp);
        sessionRevokedAt[author][key] = revokedAt;
        emit SessionRevoked(author, key, revokedAt);
    }

    /// @dev The address that must sign for `author` at `timeMs` (unix ms) under session `s`:
    /// `author` itself when `s.key` is zero; otherwise `s.key`, once it is checked that the
    /// window is sound (`notBefore <= expiry <= MAX_SESSION_TIME`, else `BadSessionWindow`), the
    /// key is not the author (`BadSessionKey`), `timeMs` lies in the window (`SessionNotYetValid`,
    /// `SessionExpired`) and before the key's revocation (`SessionKeyRevoked`), and `s.sig`
    /// recovers to `author` (`SignerMismatch`). A flush passes `block.timestamp * 1000`; a
    /// revocation is never later than that, so a revoked key signs no flush.
    function _sessionSigner(address author, Session calldata s, uint256 timeMs) internal view returns (address) {
        address key = s.key;
        if (key == address(0)) return author;
        if (s.notBefore > s.expiry || s.expiry > MAX_SESSION_TIME) revert BadSessionWindow();
        if (key == author) revert BadSessionKey(key);
        if (timeMs < uint256(s.notBefore) * 1000) revert SessionNotYetValid(s.notBefore);
        if (timeMs > uint256(s.expiry) * 1000) revert SessionExpired(s.expiry);
        uint64 revokedAt = sessionRevokedAt[author][key];
        if (revokedAt != 0 && timeMs >= uint256(revokedAt) * 1000) revert SessionKeyRevoked(key, revokedAt);
        address signer = _recover(hashSession(author, key, s.notBefore, s.expiry), s.sig);
        if (signer != author) revert SignerMismatch(signer, author);
        return key;
    }

    // ---------------------------------------------------------------- EIP-712

    /// @notice The EIP-712 domain separator of this ring on this chain.
    function domainSeparator() public view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this)));
    }

    /// @notice The EIP-712 digest a member signs for `f`.
    function hashFlush(FlushRequest calldata f) public view returns (bytes32) {
        return _digest(keccak256(abi.encode(FLUSH_TYPEHASH, address(this), f.avatar, f.head, f.seq, f.nonce, f.deadline)));
    }

    /// @notice The EIP-712 digest an author signs for the LogNode `c`.
    function hashLogNode(LogNodeClaim calldata c) public view returns (bytes32) {
        return _digest(
            keccak256(abi.encode(LOG_NODE_TYPEHASH, address(this), c.author, c.seq, c.prev, c.refs, c.body, c.time))
        );
    }

    /// @notice The EIP-712 digest a member signs to vote for ring entry `index`.
    function hashRingEntry(uint64 index, bytes32 entry, bytes32 prev) public view returns (bytes32) {
        return _digest(keccak256(abi.encode(RING_ENTRY_TYPEHASH, address(this), index, entry, prev)));
    }

    /// @notice The EIP-712 digest a member signs to vote for registering `outs` at `nonce`.
    function hashOutputs(uint256 nonce, Output[] calldata outs) external view returns (bytes32) {
        return _digest(keccak256(abi.encode(OUTPUTS_TYPEHASH, address(this), nonce, _outputsHash(outs))));
    }

    /// @notice The EIP-712 digest the owner signs to add (`enter`) or remove a member.
    function hashMembership(address member, bool enter, uint256 nonce, uint256 deadline)
        public
        view
        returns (bytes32)
    {
        return _digest(keccak256(abi.encode(MEMBERSHIP_TYPEHASH, address(this), member, enter, nonce, deadline)));
    }

    /// @notice The EIP-712 digest a member signs to publish its node's peer ID and multiaddresses
    /// (see Ring.setPeerInfoFor); `updated` is unix seconds.
    function hashPeerInfo(address member, bytes calldata peerId, bytes calldata multiaddrs, uint64 updated)
        public
        view
        returns (bytes32)
    {
        return _digest(
            keccak256(
                abi.encode(
                    PEER_INFO_TYPEHASH, address(this), member, keccak256(peerId), keccak256(multiaddrs), updated
                )
            )
        );
    }

    /// @notice The EIP-712 digest an author signs to delegate to the session key `key` from
    /// `notBefore` to `expiry` (unix seconds, inclusive).
    function hashSession(address author, address key, uint64 notBefore, uint64 expiry) public view returns (bytes32) {
        return _digest(keccak256(abi.encode(SESSION_TYPEHASH, address(this), author, key, notBefore, expiry)));
    }

    /// @notice The EIP-712 digest an author, or the key itself, signs to revoke `author`'s
    /// session key `key` (see `revokeSessionFor`).
    function hashSessionRevocation(address author, address key) public view returns (bytes32) {
        return _digest(keccak256(abi.encode(SESSION_REVOCATION_TYPEHASH, address(this), author, key)));
    }

    function _digest(bytes32 structHash) internal view returns (bytes32) {
        return keccak256(abi.encodePacked(hex"1901", domainSeparator(), structHash));
    }

    /// @dev keccak256 of the outputs packed as `bytes32(pin) ++ data`, 64 bytes each, in order.
    /// Output is a static struct, so that is exactly its calldata encoding.
    function _outputsHash(Output[] calldata outs) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            let len := mul(outs.length, 0x40)
            calldatacopy(ptr, outs.offset, len)
            h := keccak256(ptr, len)
        }
    }

    /// @dev Recovers the signer of `digest` from a 65-byte r||s||v signature with v in
    /// {27, 28} and low s; reverts on anything else.
    function _recover(bytes32 digest, bytes calldata sig) internal pure returns (address signer) {
        if (sig.length != 65) revert BadSignatureLength();
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := calldataload(sig.offset)
            s := calldataload(add(sig.offset, 0x20))
            v := byte(0, calldataload(add(sig.offset, 0x40)))
        }
        if (v != 27 && v != 28) revert BadSignatureV();
        if (uint256(s) > HALF_CURVE_ORDER) revert HighS();
        signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert BadSignature();
    }
}
