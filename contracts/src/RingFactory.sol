// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Ring} from "./Ring.sol";

/// @title RingFactory
/// @notice Deploys rings and keeps the list of the rings it created.
contract RingFactory {
    /// @notice Whether `ring` was created by this factory.
    mapping(address => bool) public isRing;
    /// @notice Every ring created by this factory, in creation order.
    address[] public rings;

    event RingCreated(address indexed ring, address indexed owner, address[] members);

    /// @notice Deploys a Ring owned by `owner` with the initial `members` (see Ring's constructor).
    function createRing(address owner, address[] calldata members) external returns (address ring) {
        ring = address(new Ring(owner, members));
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
