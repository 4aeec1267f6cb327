// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Ring} from "./Ring.sol";
import {Clones} from "./vendor/openzeppelin/contracts/proxy/Clones.sol";

/// @title RingFactory
/// @notice Deploys rings and keeps the list of the rings it created.
/// @dev Every ring is an EIP-1167 minimal proxy (a clone, 45 bytes of code) of one Ring, the
/// implementation, which the constructor deploys: a ring costs its storage, not 15 KB of
/// code. Clones are made with CREATE (`Clones.clone`), not CREATE2: a ring's address comes
/// from the RingCreated event, and nobody needs to know it before the ring exists.
contract RingFactory {
    /// @notice Whether `ring` was created by this factory.
    mapping(address => bool) public isRing;
    /// @notice Every ring created by this factory, in creation order.
    address[] public rings;
    /// @notice The Ring that every ring of this factory is a clone of (uninitializable itself).
    /// @dev A storage variable, not an immutable: an immutable would be written into the
    /// factory's runtime code, which then would differ from the artifact's deployedBytecode
    /// that the embedded chain compares it with to decide whether to deploy a new factory.
    address public implementation;

    event RingCreated(address indexed ring, address indexed owner, address[] members);

    constructor() {
        implementation = address(new Ring());
    }

    /// @notice Creates a Ring owned by `owner` with the initial `members`: a clone of
    /// `implementation`, initialized in the same call (see Ring.initialize, whose errors a
    /// failed call carries).
    function createRing(address owner, address[] calldata members) external returns (address ring) {
        ring = Clones.clone(implementation);
        Ring(ring).initialize(owner, members);
        isRing[ring] = true;
        rings.push(ring);
        emit RingCreated(ring, owner, members);
    }

    /// @notice The number of rings created.
    function ringCount() external view returns (uint256) {
        return rings.length;
    }

    /// @notice Every ring created, in creation order.
    function getRings() external view returns (address[] memory) {
        return rings;
    }
}
