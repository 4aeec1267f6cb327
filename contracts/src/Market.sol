// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MarketBase, IMarketRing, IMarketRingFactory, IMarketChallenges} from "./MarketBase.sol";

/// @title Market
/// @notice The replica market (after Cere DDC's bucket contract, with its known faults fixed):
/// providers register replica **nodes** and trust **managers**; a manager makes a **cluster**
/// of trusting providers' nodes, which *is* a replica ring; a ring's owner opens a **bucket**
/// ("replicate my ring in cluster C"), allocates resource in it and pays rent from an
/// **account** of native coin.
///
/// @dev Money rules (all integer, native coin, pull payments):
/// - A node asks `rentPerUnit` wei per resource unit per second for each of its vnodes. A
///   cluster's price is `rentPerUnit_c = Σ_n vnodes_n × rentPerUnit_n`, kept in step with
///   its nodes. Allocating `resource` units fixes the bucket's rate
///   `rate = resource × rentPerUnit_c` (wei per second): later changes of the cluster's
///   nodes do not move it. Only the owner sets it (with a `maxRate` it accepts), or the
///   manager with the owner's signed BucketAlloc consent, so no one raises an owner's rate
///   without the owner.
/// - Settlement (anyone, any time) charges `due = rate × (now − settledUntil)`. When the
///   owner's deposit covers it, all of it is paid and `settledUntil = now`; otherwise it pays
///   `⌊deposit / rate⌋` whole seconds (`paid = secs × rate`), `settledUntil += secs`, and the
///   bucket is in debt from `debtSince = settledUntil` on. It never reverts for want of money.
/// - An account's rent accrued and not yet settled is `Σ_b rate_b × (now − settledUntil_b)`
///   = `rate × now − settledSum` (two running sums, so O(1)); it may withdraw
///   `max(0, deposit − accrued)`.
/// - Settled rent goes to the cluster's `revenues`. A distribution (anyone) takes
///   `networkFee = ⌊R × networkFeeBps / 10⁴⌋` for `feeRecipient`,
///   `managementFee = ⌊R × managementFeeBps / 10⁴⌋` for the manager, and splits the rest
///   `P = R − fees` per vnode: node n gets `⌊P × vnodes_n × rentPerUnit_n / rentPerUnit_c⌋`
///   (by vnodes alone when every rent is zero). What rounding leaves (less than one wei per
///   node) stays in `revenues` for the next distribution.
/// - Payment by record: with a Challenges contract set (`setChallenges`), each node's weight
///   is multiplied by its `challenges.payWeight` (basis points): 0 for a node whose latest
///   Fail is at or after its cluster's previous distribution (or the cluster's creation),
///   else the mean score of its performance grades since it was last paid a share
///   (10,000 with none; `challenges.markPaid` for each node credited). A node of weight 0 gets no share: `P` is split over the others
///   (`⌊P × weight_n × payWeight_n / Σ weight × payWeight⌋`). If no node is eligible, `P`
///   stays in `revenues`.
/// - Every payment is credited to the payee's account, withdrawn with `accountWithdraw`.
///   Invariant: `address(this).balance == totalDeposits + totalRevenues == totalOwed()`.
///
/// Replica rings: the market creates each cluster's replica ring through the factory and is
/// its owner, so that its members are always exactly the avatars of the cluster's nodes:
/// only `clusterCreate`, `clusterAddNode`, `clusterRemoveNode` and `amendCluster` change
/// them. The manager (or, for removal, the node's provider) calls the first three; anyone
/// may call `amendCluster`, which replaces a node the Challenges contract finds failing by
/// an idle node (see amendCluster). No one can change a replica ring's members directly.
/// Every change of a cluster's nodes emits `ClusterAmended(clusterId, nodeOut, nodeIn)`.
///
/// Bounds: a cluster has at most MAX_NODES_PER_CLUSTER nodes, so every loop (over a
/// cluster's nodes) is bounded; an amendment examines at most MAX_IDLE_SCAN idle nodes;
/// settlement, allocation, deposits, withdrawals and the idle pool's changes are O(1).
/// There is no cap on accounts, buckets, nodes, clusters or the idle pool.
contract Market is MarketBase {
    constructor(IMarketRingFactory factory_, address admin_, address feeRecipient_, uint16 networkFeeBps_)
        MarketBase(factory_, admin_, feeRecipient_, networkFeeBps_)
    {}

    // ---------------------------------------------------------------- admin

    modifier onlyAdmin() {
        if (msg.sender != admin) revert NotAdmin();
        _;
    }

    /// @notice Sets the network fee (≤ MAX_NETWORK_FEE_BPS). It applies from the next distribution.
    function setNetworkFee(uint16 bps) external onlyAdmin {
        if (bps > MAX_NETWORK_FEE_BPS) revert FeeTooHigh(bps, MAX_NETWORK_FEE_BPS);
        networkFeeBps = bps;
        emit NetworkFeeSet(bps);
    }

    /// @notice Sets the account credited with network fees.
    function setFeeRecipient(address recipient) external onlyAdmin {
        if (recipient == address(0)) revert InvalidAccount(recipient);
        feeRecipient = recipient;
        emit FeeRecipientSet(recipient);
    }

    /// @notice Hands the admin role over.
    function setAdmin(address admin_) external onlyAdmin {
        if (admin_ == address(0)) revert InvalidAccount(admin_);
        admin = admin_;
        emit AdminSet(admin_);
    }

    /// @notice Sets the Challenges contract whose records distributions and amendments act
    /// on: a contract whose `market()` is this market. Zero turns both off. The admin may
    /// change it at any time; the next distribution reads the new contract's records.
    function setChallenges(address challenges_) external onlyAdmin {
        if (challenges_ != address(0)) {
            if (challenges_.code.length == 0) revert InvalidAccount(challenges_);
            address m = IMarketChallenges(challenges_).market();
            if (m != address(this)) revert WrongChallenges(challenges_, m);
        }
        challenges = IMarketChallenges(challenges_);
        emit ChallengesSet(challenges_);
    }

    // ---------------------------------------------------------------- nodes

    /// @notice Registers a replica node of the caller (its provider). `avatar` is the node's
    /// account in replica rings (one node per avatar, for good); `capacity` in resource units;
    /// `rentPerUnit` in wei per resource unit per second for each vnode.
    function nodeCreate(
        address avatar,
        bytes calldata peerId,
        string calldata gatewayUrl,
        uint64 capacity,
        uint256 rentPerUnit
    ) external returns (uint32 nodeId) {
        if (avatar == address(0) || avatar == SENTINEL) revert InvalidAvatar(avatar);
        uint32 other = avatarNode[avatar];
        if (other != 0) revert AvatarTaken(avatar, other);
        if (peerId.length > MAX_PEER_ID_SIZE || bytes(gatewayUrl).length > MAX_GATEWAY_URL_SIZE) {
            revert TooLarge(peerId.length, bytes(gatewayUrl).length);
        }
        _checkNodeParams(capacity, rentPerUnit);
        nodeId = ++nodeCount;
        Node storage n = nodes[nodeId];
        n.provider = msg.sender;
        n.avatar = avatar;
        n.capacity = capacity;
        n.rentPerUnit = uint128(rentPerUnit);
        n.peerId = peerId;
        n.gatewayUrl = gatewayUrl;
        avatarNode[avatar] = nodeId;
        emit NodeCreated(nodeId, msg.sender, avatar, peerId, gatewayUrl, capacity, uint128(rentPerUnit));
    }

    /// @notice Changes a node's gateway URL, capacity (not below what its cluster reserved)
    /// and rent. Provider only. A new rent moves its cluster's price for later allocations;
    /// buckets allocated already keep their rates.
    function nodeSetParams(uint32 nodeId, string calldata gatewayUrl, uint64 capacity, uint256 rentPerUnit)
        external
    {
        Node storage n = _node(nodeId);
        if (msg.sender != n.provider) revert NotProvider(nodeId, msg.sender);
        if (bytes(gatewayUrl).length > MAX_GATEWAY_URL_SIZE) revert TooLarge(0, bytes(gatewayUrl).length);
        _checkNodeParams(capacity, rentPerUnit);
        if (capacity < n.reserved) revert CapacityBelowReserved(capacity, n.reserved);
        uint32 clusterId = n.clusterId;
        if (clusterId != 0) {
            Cluster storage c = clusters[clusterId];
            c.rentPerUnit = c.rentPerUnit - uint256(n.vnodes) * n.rentPerUnit + uint256(n.vnodes) * rentPerUnit;
        }
        n.gatewayUrl = gatewayUrl;
        n.capacity = capacity;
        n.rentPerUnit = uint128(rentPerUnit);
        emit NodeParamsSet(nodeId, gatewayUrl, capacity, uint128(rentPerUnit));
    }

    /// @notice The caller (a provider) lets `manager` put its nodes into clusters. Revoking it
    /// (`nodeUntrustManager`) stops new additions; nodes in the manager's clusters stay.
    function nodeTrustManager(address manager) external {
        if (manager == address(0)) revert InvalidAccount(manager);
        trusts[msg.sender][manager] = true;
        emit ManagerTrusted(msg.sender, manager, true);
    }

    /// @notice Withdraws the caller's trust in `manager`.
    function nodeUntrustManager(address manager) external {
        trusts[msg.sender][manager] = false;
        emit ManagerTrusted(msg.sender, manager, false);
    }

    /// @notice Offers (`idle` true) a node in no cluster as a replacement for failing nodes
    /// (see amendCluster), or withdraws the offer. Provider only. Setting what is already
    /// set does nothing. A node leaves the pool when it joins a cluster by any way.
    function nodeSetIdle(uint32 nodeId, bool idle) external {
        Node storage n = _node(nodeId);
        if (msg.sender != n.provider) revert NotProvider(nodeId, msg.sender);
        if ((n.idleIndex != 0) == idle) return;
        if (!idle) return _leavePool(n, nodeId);
        if (n.clusterId != 0) revert NodeInCluster(nodeId, n.clusterId);
        idlePool.push(nodeId);
        n.idleIndex = uint32(idlePool.length);
        emit NodeIdleSet(nodeId, true);
    }

    /// @dev Takes node `nodeId` (`n`) out of the idle pool: the pool's last node takes its place.
    function _leavePool(Node storage n, uint32 nodeId) private {
        uint256 index = n.idleIndex - 1;
        uint32 last = idlePool[idlePool.length - 1];
        idlePool[index] = last;
        nodes[last].idleIndex = uint32(index + 1);
        idlePool.pop();
        n.idleIndex = 0;
        emit NodeIdleSet(nodeId, false);
    }

    function _checkNodeParams(uint64 capacity, uint256 rentPerUnit) private pure {
        if (capacity == 0) revert ZeroCapacity();
        if (rentPerUnit > MAX_RENT) revert RentTooHigh(rentPerUnit, MAX_RENT);
    }

    // ---------------------------------------------------------------- clusters

    /// @notice Creates a cluster managed by the caller from `nodeIds` (each with `vnodes[i]`
    /// vnodes, 1..MAX_VNODES_PER_NODE), reserving `vnodes × resourcePerVNode` on each node,
    /// and creates its replica ring through the factory with the nodes' avatars as members
    /// (this market is the ring's owner, see the contract's notes). Every node's provider must
    /// trust the caller; a node may be in one cluster only, and appear once.
    function clusterCreate(
        uint32[] calldata nodeIds,
        uint32[] calldata vnodes,
        uint64 resourcePerVNode,
        uint16 managementFeeBps
    ) external returns (uint32 clusterId) {
        if (nodeIds.length != vnodes.length) revert LengthMismatch();
        if (nodeIds.length > MAX_NODES_PER_CLUSTER) revert TooManyNodes(nodeIds.length, MAX_NODES_PER_CLUSTER);
        if (managementFeeBps > MAX_MANAGEMENT_FEE_BPS) revert FeeTooHigh(managementFeeBps, MAX_MANAGEMENT_FEE_BPS);
        clusterId = ++clusterCount;
        Cluster storage c = clusters[clusterId];
        c.manager = msg.sender;
        c.managementFeeBps = managementFeeBps;
        c.lastDistributedAt = uint48(block.timestamp);
        c.resourcePerVNode = resourcePerVNode;
        address[] memory avatars = new address[](nodeIds.length);
        for (uint256 i; i < nodeIds.length; ++i) {
            avatars[i] = _attach(c, clusterId, nodeIds[i], vnodes[i], true);
        }
        address ring = factory.createRing(address(this), avatars);
        c.ring = ring;
        emit ClusterCreated(clusterId, msg.sender, ring, resourcePerVNode);
        emit ClusterManagementFeeSet(clusterId, managementFeeBps);
        for (uint256 i; i < nodeIds.length; ++i) {
            emit ClusterNodeAdded(clusterId, nodeIds[i], vnodes[i]);
            emit ClusterAmended(clusterId, 0, nodeIds[i], vnodes[i]);
        }
    }

    /// @notice Adds a node with `vnodes` vnodes to the cluster and its avatar to the replica
    /// ring. Manager only; the node's provider must trust the manager.
    function clusterAddNode(uint32 clusterId, uint32 nodeId, uint32 vnodes) external {
        Cluster storage c = _managedCluster(clusterId);
        if (c.nodeIds.length >= MAX_NODES_PER_CLUSTER) {
            revert TooManyNodes(c.nodeIds.length + 1, MAX_NODES_PER_CLUSTER);
        }
        address avatar = _attach(c, clusterId, nodeId, vnodes, false);
        IMarketRing(c.ring).enter(avatar);
        emit ClusterNodeAdded(clusterId, nodeId, vnodes);
        emit ClusterAmended(clusterId, 0, nodeId, vnodes);
    }

    /// @notice Removes a node from the cluster and its avatar from the replica ring, releasing
    /// its reservation. The manager or the node's provider may. Buckets keep their rates; the
    /// revenues distributed later go to the nodes in the cluster then (distribute first to pay
    /// the leaving node its share of what was settled).
    function clusterRemoveNode(uint32 clusterId, uint32 nodeId) external {
        Cluster storage c = _cluster(clusterId);
        Node storage n = _node(nodeId);
        if (msg.sender != c.manager && msg.sender != n.provider) revert NotClusterManager(clusterId, msg.sender);
        if (n.clusterId != clusterId) revert NodeNotInCluster(nodeId, clusterId);
        uint32 vnodes = n.vnodes;
        c.rentPerUnit -= uint256(vnodes) * n.rentPerUnit;
        c.vnodes -= vnodes;
        n.reserved -= uint64(uint256(vnodes) * c.resourcePerVNode);
        // swap and pop
        uint32 index = n.indexInCluster;
        uint32 last = c.nodeIds[c.nodeIds.length - 1];
        c.nodeIds[index] = last;
        nodes[last].indexInCluster = index;
        c.nodeIds.pop();
        n.clusterId = 0;
        n.vnodes = 0;
        n.indexInCluster = 0;
        IMarketRing(c.ring).exit(n.avatar);
        emit ClusterNodeRemoved(clusterId, nodeId);
        emit ClusterAmended(clusterId, nodeId, 0, vnodes);
    }

    /// @notice Replaces node `nodeId` of the cluster, which the market's Challenges contract
    /// finds failing, by an idle node. Anyone may call. Rules:
    /// - the node is replaceable when the Challenges contract's `standing(nodeId)` says it is
    ///   below the threshold (as `belowThreshold`) after at least MIN_AMEND_OUTCOMES
    ///   outcomes (passes + fails; first timeouts are not outcomes), else
    ///   `NotBelowThreshold(nodeId, scoreBps, outcomes)`; without a Challenges contract,
    ///   `NoChallenges`;
    /// - its replacement is the first suitable node of the idle pool scanned from
    ///   `idleCursor % length`, wrapping, over at most MAX_IDLE_SCAN nodes: its provider
    ///   trusts the cluster's manager, its capacity holds `vnodes × resourcePerVNode`, and it
    ///   is not itself replaceable (the rule above). None: `NoReplacement(clusterId, nodeId,
    ///   scanned)`. The picked node leaves the pool (the pool's last node takes its slot) and
    ///   `idleCursor` is set to that slot, so the next scan goes on from there;
    /// - the new node takes the old one's place in the cluster's order and its vnodes; the
    ///   reservation moves to it; the cluster's price changes by the rent difference (bucket
    ///   rates do not); the old node leaves the cluster (its reservation released, not put
    ///   in the pool); in the replica ring the old avatar exits and the new one enters.
    /// Returns the new node's id.
    function amendCluster(uint32 clusterId, uint32 nodeId) external returns (uint32 newNodeId) {
        IMarketChallenges ch = challenges;
        if (address(ch) == address(0)) revert NoChallenges();
        Cluster storage c = _cluster(clusterId);
        Node storage n = _node(nodeId);
        if (n.clusterId != clusterId) revert NodeNotInCluster(nodeId, clusterId);
        (bool failing, uint256 scoreBps, uint256 outcomes) = _failing(ch, nodeId);
        if (!failing) revert NotBelowThreshold(nodeId, scoreBps, outcomes);
        uint32 vnodes = n.vnodes;
        uint256 needed = uint256(vnodes) * c.resourcePerVNode;
        uint256 scanned;
        (newNodeId, scanned) = _pickIdle(ch, c.manager, needed);
        if (newNodeId == 0) revert NoReplacement(clusterId, nodeId, scanned);
        Node storage m = nodes[newNodeId];
        c.rentPerUnit = c.rentPerUnit - uint256(vnodes) * n.rentPerUnit + uint256(vnodes) * m.rentPerUnit;
        uint32 index = n.indexInCluster;
        c.nodeIds[index] = newNodeId;
        n.reserved -= uint64(needed);
        n.clusterId = 0;
        n.vnodes = 0;
        n.indexInCluster = 0;
        m.reserved += uint64(needed);
        m.clusterId = clusterId;
        m.vnodes = vnodes;
        m.indexInCluster = index;
        IMarketRing(c.ring).exit(n.avatar);
        IMarketRing(c.ring).enter(m.avatar);
        emit ClusterNodeRemoved(clusterId, nodeId);
        emit ClusterNodeAdded(clusterId, newNodeId, vnodes);
        emit ClusterAmended(clusterId, nodeId, newNodeId, vnodes);
    }

    /// @dev Whether node `nodeId` is replaceable (see amendCluster), with its score and its
    /// number of outcomes.
    function _failing(IMarketChallenges ch, uint32 nodeId)
        private
        view
        returns (bool failing, uint256 scoreBps, uint256 outcomes)
    {
        bool below;
        (below, scoreBps, outcomes) = ch.standing(nodeId);
        failing = below && outcomes >= MIN_AMEND_OUTCOMES;
    }

    /// @dev The replacement amendCluster picks (0: none) and how many idle nodes it examined;
    /// takes the picked node out of the pool and leaves the cursor at its slot.
    function _pickIdle(IMarketChallenges ch, address manager, uint256 needed)
        private
        returns (uint32 picked, uint256 scanned)
    {
        uint256 len = idlePool.length;
        if (len == 0) return (0, 0);
        uint256 pos = idleCursor % len;
        uint256 bound = len < MAX_IDLE_SCAN ? len : MAX_IDLE_SCAN;
        for (; scanned < bound;) {
            uint32 id = idlePool[pos];
            Node storage x = nodes[id];
            ++scanned;
            // An idle node is in no cluster: nothing of its capacity is reserved.
            if (trusts[x.provider][manager] && x.capacity >= needed) {
                (bool failing,,) = _failing(ch, id);
                if (!failing) {
                    _leavePool(x, id);
                    idleCursor = uint32(pos);
                    return (id, scanned);
                }
            }
            if (++pos == len) pos = 0;
        }
    }

    /// @notice Sets the resource each vnode reserves on its node: every node must have room
    /// for `vnodes × resourcePerVNode`, and it may not drop below what buckets use. Manager only.
    function clusterReserveResource(uint32 clusterId, uint64 resourcePerVNode) external {
        Cluster storage c = _managedCluster(clusterId);
        if (resourcePerVNode < c.resourceUsed) revert ClusterResourceInUse(c.resourceUsed, resourcePerVNode);
        uint64 old = c.resourcePerVNode;
        uint256 count = c.nodeIds.length;
        for (uint256 i; i < count; ++i) {
            uint32 nodeId = c.nodeIds[i];
            Node storage n = nodes[nodeId];
            uint256 others = n.reserved - uint256(n.vnodes) * old;
            uint256 needed = uint256(n.vnodes) * resourcePerVNode;
            if (others + needed > n.capacity) revert CapacityExceeded(nodeId, uint64(n.capacity - others), needed);
            n.reserved = uint64(others + needed);
        }
        c.resourcePerVNode = resourcePerVNode;
        emit ClusterResourceReserved(clusterId, resourcePerVNode);
    }

    /// @notice Sets the cluster's management fee (≤ MAX_MANAGEMENT_FEE_BPS), applied from the
    /// next distribution. Manager only. It moves money between manager and providers, never
    /// what bucket owners pay.
    function clusterSetManagementFee(uint32 clusterId, uint16 bps) external {
        Cluster storage c = _managedCluster(clusterId);
        if (bps > MAX_MANAGEMENT_FEE_BPS) revert FeeTooHigh(bps, MAX_MANAGEMENT_FEE_BPS);
        c.managementFeeBps = bps;
        emit ClusterManagementFeeSet(clusterId, bps);
    }

    /// @dev Puts node `nodeId` into cluster `c` with `vnodes` vnodes and returns its avatar.
    function _attach(Cluster storage c, uint32 clusterId, uint32 nodeId, uint32 vnodes, bool creating)
        private
        returns (address)
    {
        Node storage n = _node(nodeId);
        uint32 in_ = n.clusterId;
        if (in_ != 0) {
            if (creating && in_ == clusterId) revert DuplicateNode(nodeId);
            revert NodeInCluster(nodeId, in_);
        }
        if (!trusts[n.provider][msg.sender]) revert ManagerNotTrusted(nodeId, msg.sender);
        if (vnodes == 0 || vnodes > MAX_VNODES_PER_NODE) revert BadVNodes(nodeId, vnodes);
        uint256 needed = uint256(vnodes) * c.resourcePerVNode;
        uint64 free = n.capacity - n.reserved;
        if (needed > free) revert CapacityExceeded(nodeId, free, needed);
        if (n.idleIndex != 0) _leavePool(n, nodeId);
        n.reserved += uint64(needed);
        n.clusterId = clusterId;
        n.vnodes = vnodes;
        n.indexInCluster = uint32(c.nodeIds.length);
        c.nodeIds.push(nodeId);
        c.vnodes += vnodes;
        c.rentPerUnit += uint256(vnodes) * n.rentPerUnit;
        return n.avatar;
    }

    // ---------------------------------------------------------------- buckets

    /// @notice Opens a bucket: "replicate `ring` in cluster `clusterId`", paid from the
    /// caller's account. The caller must own `ring`, a ring of the market's factory. It holds
    /// no resource until allocated.
    function bucketCreate(address ring, uint32 clusterId) external returns (uint64 bucketId) {
        _cluster(clusterId);
        if (!factory.isRing(ring)) revert UnknownRing(ring);
        address owner = IMarketRing(ring).owner();
        if (owner != msg.sender) revert NotRingOwner(ring, owner);
        bucketId = ++bucketCount;
        Bucket storage b = buckets[bucketId];
        b.owner = msg.sender;
        b.clusterId = clusterId;
        b.ring = ring;
        b.settledUntil = uint64(block.timestamp);
        emit BucketCreated(bucketId, msg.sender, ring, clusterId);
    }

    /// @notice Sets the bucket's resource to `resource` units (0 releases it) at the cluster's
    /// current price: `rate = resource × rentPerUnit_c`, which must not exceed `maxRate`.
    /// Owner only. Settles first; a bucket still in debt after that cannot change.
    function bucketAllocIntoCluster(uint64 bucketId, uint64 resource, uint256 maxRate) external {
        Bucket storage b = _bucket(bucketId);
        if (msg.sender != b.owner) revert NotBucketOwner(bucketId, msg.sender);
        _alloc(bucketId, b, resource, maxRate, false);
    }

    /// @notice As bucketAllocIntoCluster, called by the cluster's manager with the owner's
    /// consent: `sig` over BucketAlloc(bucketId, resource, maxRate, nonces[owner], deadline).
    function bucketAllocIntoClusterFor(
        uint64 bucketId,
        uint64 resource,
        uint256 maxRate,
        uint256 deadline,
        bytes calldata sig
    ) external {
        Bucket storage b = _bucket(bucketId);
        uint32 clusterId = b.clusterId;
        if (msg.sender != clusters[clusterId].manager) revert NotClusterManager(clusterId, msg.sender);
        if (block.timestamp > deadline) revert Expired(deadline);
        address owner = b.owner;
        uint256 nonce = nonces[owner];
        address signer = _recover(hashBucketAlloc(bucketId, resource, maxRate, nonce, deadline), sig);
        if (signer != owner) revert SignerMismatch(signer, owner);
        nonces[owner] = nonce + 1;
        _alloc(bucketId, b, resource, maxRate, true);
    }

    /// @notice Settles the bucket's rent up to now, or as far as its owner's deposit reaches
    /// (then the bucket is in debt). Anyone may call; it never reverts for want of money.
    function bucketSettlePayment(uint64 bucketId) external {
        _settle(bucketId, _bucket(bucketId));
    }

    /// @notice Releases a bucket that is in debt after settling: its resource returns to the
    /// cluster, its rate drops to zero and its unpaid rent is forgiven. Manager only.
    function bucketEvict(uint64 bucketId) external {
        Bucket storage b = _bucket(bucketId);
        Cluster storage c = _managedCluster(b.clusterId);
        _settle(bucketId, b);
        if (b.debtSince == 0) revert BucketNotInDebt(bucketId);
        uint256 rate = b.rate;
        uint64 from = b.settledUntil;
        uint256 forgiven = rate * (block.timestamp - from);
        Account storage a = accounts[b.owner];
        a.rate -= rate;
        a.settledSum -= rate * from;
        c.resourceUsed -= b.resource;
        b.rate = 0;
        b.resource = 0;
        b.debtSince = 0;
        b.settledUntil = uint64(block.timestamp);
        emit BucketEvicted(bucketId, forgiven);
        emit BucketAllocated(bucketId, 0, 0, true);
    }

    function _alloc(uint64 bucketId, Bucket storage b, uint64 resource, uint256 maxRate, bool byManager) private {
        _settle(bucketId, b);
        if (b.debtSince != 0) revert BucketInDebt(bucketId, b.debtSince);
        Cluster storage c = clusters[b.clusterId];
        uint256 rate = uint256(resource) * c.rentPerUnit;
        if (rate > maxRate) revert RateAboveConsent(rate, maxRate);
        uint64 used = c.resourceUsed - b.resource;
        uint64 available = c.resourcePerVNode - used;
        if (resource > available) revert ClusterResourceExceeded(available, resource);
        c.resourceUsed = used + resource;
        // settledUntil == now: swap the old rate for the new in the account's sums.
        Account storage a = accounts[b.owner];
        uint256 old = b.rate;
        a.rate = a.rate - old + rate;
        a.settledSum = a.settledSum - old * block.timestamp + rate * block.timestamp;
        b.rate = rate;
        b.resource = resource;
        emit BucketAllocated(bucketId, resource, rate, byManager);
    }

    function _settle(uint64 bucketId, Bucket storage b) private {
        uint256 rate = b.rate;
        uint64 from = b.settledUntil;
        uint64 now_ = uint64(block.timestamp);
        if (rate == 0) {
            // nothing accrues: just move the clock (no sums change: rate × time = 0)
            if (from != now_ || b.debtSince != 0) {
                b.settledUntil = now_;
                b.debtSince = 0;
            }
            return;
        }
        if (from == now_) return;
        Account storage a = accounts[b.owner];
        uint256 due = rate * (now_ - from);
        uint256 deposit = a.deposit;
        uint256 paid;
        uint64 until;
        uint64 debtSince;
        if (deposit >= due) {
            paid = due;
            until = now_;
        } else {
            uint256 secs = deposit / rate; // < now_ - from
            paid = secs * rate;
            until = from + uint64(secs);
            debtSince = until;
        }
        a.deposit = deposit - paid;
        a.settledSum += paid; // rate × (until − from)
        b.settledUntil = until;
        b.debtSince = debtSince;
        if (paid != 0) {
            totalDeposits -= paid;
            totalRevenues += paid;
            clusters[b.clusterId].revenues += paid;
        }
        emit BucketSettled(bucketId, paid, until, debtSince);
    }

    // ---------------------------------------------------------------- accounts

    /// @notice Credits the value sent to the caller's account.
    function accountDeposit() external payable {
        _deposit(msg.sender);
    }

    /// @notice Credits the value sent to `account` (e.g. to fund someone's buckets).
    function accountDepositFor(address account) external payable {
        if (account == address(0)) revert InvalidAccount(account);
        _deposit(account);
    }

    /// @notice Sends `amount` of the caller's unlocked balance (deposit − rent accrued and not
    /// yet settled) to the caller.
    function accountWithdraw(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        Account storage a = accounts[msg.sender];
        uint256 unlocked = _unlocked(a);
        if (amount > unlocked) revert InsufficientUnlocked(unlocked, amount);
        a.deposit -= amount;
        totalDeposits -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    function _deposit(address account) private {
        if (msg.value == 0) revert ZeroAmount();
        accounts[account].deposit += msg.value;
        totalDeposits += msg.value;
        emit Deposited(account, msg.sender, msg.value);
    }

    // ---------------------------------------------------------------- revenues

    /// @notice Pays out the cluster's settled revenues: the network fee to `feeRecipient`,
    /// the management fee to the manager, the rest per vnode, weighted by each node's
    /// `challenges.payWeight` (0 after a failed storage challenge since the previous
    /// distribution, else its mean performance grade since it was last paid; see the
    /// contract's notes), to the providers; the rounding remainder, or the whole providers' part when no node is
    /// eligible, stays for the next distribution. Anyone may call. O(nodes in the cluster)
    /// ≤ MAX_NODES_PER_CLUSTER, one `payWeight` call per node when Challenges is set.
    function clusterDistributeRevenues(uint32 clusterId) external {
        Cluster storage c = _cluster(clusterId);
        uint256 count = c.nodeIds.length;
        if (count == 0) revert ClusterHasNoNodes(clusterId);
        uint256 total = c.revenues;
        uint256 networkFee = total * networkFeeBps / BPS;
        uint256 managementFee = total * c.managementFeeBps / BPS;
        uint256 rest = total - networkFee - managementFee;
        uint256 providers = _payProviders(c, clusterId, count, rest);
        if (networkFee != 0) accounts[feeRecipient].deposit += networkFee;
        if (managementFee != 0) accounts[c.manager].deposit += managementFee;
        uint256 remainder = rest - providers;
        uint256 paid = total - remainder;
        c.revenues = remainder;
        c.lastDistributedAt = uint48(block.timestamp);
        totalRevenues -= paid;
        totalDeposits += paid;
        emit RevenuesDistributed(clusterId, total, networkFee, managementFee, providers, remainder);
    }

    /// @dev Credits each eligible node's provider `⌊rest × w_n / Σ w⌋` and returns the sum:
    /// w_n = vnodes_n × rentPerUnit_n × pay_n, or vnodes_n × pay_n when every eligible
    /// node's rent is zero, pay_n its payWeight (10,000 without Challenges); eligible:
    /// pay_n > 0. No eligible node: pays nothing.
    function _payProviders(Cluster storage c, uint32 clusterId, uint256 count, uint256 rest)
        private
        returns (uint256 providers)
    {
        uint256[] memory pay = _payWeights(c, clusterId, count);
        uint256 byRent;
        uint256 byVnodes;
        for (uint256 i; i < count; ++i) {
            Node storage n = nodes[c.nodeIds[i]];
            byRent += uint256(n.vnodes) * n.rentPerUnit * pay[i];
            byVnodes += uint256(n.vnodes) * pay[i];
        }
        if (byVnodes == 0) return 0;
        bool rent = byRent != 0;
        uint256 total = rent ? byRent : byVnodes;
        for (uint256 i; i < count; ++i) {
            if (pay[i] == 0) continue;
            uint32 nodeId = c.nodeIds[i];
            Node storage n = nodes[nodeId];
            uint256 share = rest * (rent ? uint256(n.vnodes) * n.rentPerUnit : n.vnodes) * pay[i] / total;
            if (share != 0) {
                _credit(clusterId, nodeId, n.provider, share);
                providers += share;
            }
        }
    }

    /// @dev Credits a node's provider its share, and tells Challenges the node was paid.
    function _credit(uint32 clusterId, uint32 nodeId, address provider, uint256 share) private {
        accounts[provider].deposit += share;
        emit ProviderPaid(clusterId, nodeId, provider, share);
        IMarketChallenges ch = challenges;
        if (address(ch) != address(0)) ch.markPaid(nodeId);
    }

    /// @dev Each node's payWeight for this distribution (`c.nodeIds` order): one
    /// `challenges.payWeight` call per node (and a `markPaid` per node paid, which starts
    /// its grades afresh); BPS each without Challenges. A node of weight 0 is skipped,
    /// with an event.
    function _payWeights(Cluster storage c, uint32 clusterId, uint256 count) private returns (uint256[] memory pay) {
        pay = new uint256[](count);
        IMarketChallenges ch = challenges;
        uint256 since = c.lastDistributedAt;
        for (uint256 i; i < count; ++i) {
            if (address(ch) == address(0)) {
                pay[i] = BPS;
                continue;
            }
            uint32 nodeId = c.nodeIds[i];
            (uint256 w, uint64 failedAt) = ch.payWeight(nodeId, since);
            pay[i] = w;
            if (w == 0) emit ProviderSkipped(clusterId, nodeId, failedAt);
        }
    }

    // ---------------------------------------------------------------- views

    /// @notice What the contract owes: every account's deposit plus every cluster's
    /// undistributed revenues. The contract's balance equals it (it has no other income:
    /// plain transfers are refused).
    function totalOwed() external view returns (uint256) {
        return totalDeposits + totalRevenues;
    }

    /// @notice A node.
    function getNode(uint32 nodeId) public view returns (NodeView memory v) {
        Node storage n = _node(nodeId);
        v = NodeView({
            nodeId: nodeId,
            provider: n.provider,
            avatar: n.avatar,
            clusterId: n.clusterId,
            vnodes: n.vnodes,
            capacity: n.capacity,
            reserved: n.reserved,
            rentPerUnit: n.rentPerUnit,
            peerId: n.peerId,
            gatewayUrl: n.gatewayUrl,
            idle: n.idleIndex != 0
        });
    }

    /// @notice A cluster's whole status, its nodes included, in one call.
    function getCluster(uint32 clusterId) external view returns (ClusterStatus memory s) {
        Cluster storage c = _cluster(clusterId);
        s.clusterId = clusterId;
        s.manager = c.manager;
        s.ring = c.ring;
        s.managementFeeBps = c.managementFeeBps;
        s.vnodes = c.vnodes;
        s.resourcePerVNode = c.resourcePerVNode;
        s.resourceUsed = c.resourceUsed;
        s.rentPerUnit = c.rentPerUnit;
        s.revenues = c.revenues;
        s.lastDistributedAt = c.lastDistributedAt;
        s.nodes = _nodeViews(c);
    }

    /// @notice A bucket's whole status in one call: its allocation and rate, how far it is
    /// paid, its debt, its owner's account, and the nodes serving it (its cluster's).
    function getBucket(uint64 bucketId) external view returns (BucketStatus memory s) {
        Bucket storage b = _bucket(bucketId);
        Cluster storage c = clusters[b.clusterId];
        Account storage a = accounts[b.owner];
        s.bucketId = bucketId;
        s.owner = b.owner;
        s.ring = b.ring;
        s.clusterId = b.clusterId;
        s.clusterRing = c.ring;
        s.resource = b.resource;
        s.rate = b.rate;
        s.settledUntil = b.settledUntil;
        s.debtSince = b.debtSince;
        s.due = b.rate * (block.timestamp - b.settledUntil);
        s.inDebt = a.deposit < s.due;
        // How far the owner's whole deposit carries this bucket (other buckets ignored).
        uint256 secs = b.rate == 0 ? type(uint64).max : a.deposit / b.rate;
        uint256 until = uint256(b.settledUntil) + secs;
        s.paidUntil = until > type(uint64).max ? type(uint64).max : uint64(until);
        s.accountDeposit = a.deposit;
        s.accountUnlocked = _unlocked(a);
        s.accountRate = a.rate;
        s.nodes = _nodeViews(c);
    }

    /// @notice The idle pool, in the order amendCluster scans it (from idleCursor on).
    function idleNodes() external view returns (uint32[] memory) {
        return idlePool;
    }

    /// @notice An account's deposit, rate, unsettled rent, withdrawable amount and
    /// BucketAlloc nonce.
    function getAccount(address account) external view returns (AccountStatus memory s) {
        Account storage a = accounts[account];
        s.deposit = a.deposit;
        s.rate = a.rate;
        s.accrued = _accrued(a);
        s.unlocked = _unlocked(a);
        s.nonce = nonces[account];
    }

    function _nodeViews(Cluster storage c) private view returns (NodeView[] memory list) {
        uint256 count = c.nodeIds.length;
        list = new NodeView[](count);
        for (uint256 i; i < count; ++i) {
            list[i] = getNode(c.nodeIds[i]);
        }
    }
}
