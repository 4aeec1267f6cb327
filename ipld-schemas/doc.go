// Package schemas holds the data model of Rings: the IPLD schema of every
// block (rings.ipldsch, embedded as SchemaDSL and compiled into TypeSystem),
// the Go types bound to it with bindnode (LogNode, Message, RingEntry,
// HeadRef, Output, ForkProof, the registry's Resource, ProviderRecord and
// Tombstone, and its snapshot's SnapshotRoot and SnapshotShard), their
// canonical dag-cbor codecs, the CIDs of their blocks,
// and the EIP-712 digests and secp256k1 signatures that members, registry
// clients and contracts exchange.
//
// # What the caller supplies
//
// Values to encode, or untrusted bytes to decode; secp256k1 private keys
// (*ecdsa.PrivateKey) to sign with; for the EIP-712 digests, a Domain: the
// chain id and the ring contract's address. The package keeps no state but a
// pool of keccak states and a one-entry cache of the last domain separator;
// everything is safe for concurrent use. It does no I/O.
//
// # Blocks
//
// Every block is dag-cbor, with a CIDv1 dag-cbor sha2-256 CID (LinkPrefix);
// Block makes a block and its CID from encoded bytes. Contracts store a CID
// as its 32-byte digest (Digest, CIDFromDigest): the CID's binary form is
// 0x01711220 followed by the digest. Every Link field must be such a CID;
// Message payloads may link to anything.
//
// The Encode functions validate their input and return the only encoding a
// Decode function accepts. Decode functions check, in this order, and fail
// with an error matching the sentinel in brackets (errors.Is):
//
//  1. the size limit of the type [ErrTooLarge];
//  2. that the bytes are well-formed dag-cbor of the schema's shape
//     [ErrMalformed];
//  3. that they are canonical: exactly the re-encoding of the value they
//     decode to, so that one value has one CID [ErrNonCanonical];
//  4. the type's semantic rules, listed on its Validate method [ErrInvalid,
//     as an *InvalidError naming the field].
//
// A decoded LogNode's signature is not checked: VerifyLogNode does that;
// likewise VerifyResource, VerifyProviderRecord and VerifyTombstone.
//
// # Signatures
//
// Everything a member signs is EIP-712 typed data in the domain {name:
// "Rings", version: "1", chainId, verifyingContract: ring}, so a wallet can
// sign it (eth_signTypedData_v4 of the TypedData builders' output) and a
// contract can check it: LogNode (LogNodeDigest), Flush (FlushDigest),
// RingEntry votes (RingEntryDigest), Outputs votes (OutputsDigest) and
// Membership changes (MembershipDigest). The type strings are the *Type
// constants. Signatures are 65 bytes r || s || v with v = 27 or 28; Recover
// rejects high-s signatures, as the contracts do, so each message has one
// valid signature per key.
//
// Registry objects are signed in another domain, {name: "Rings Registry",
// version: "1", chainId}, with no verifyingContract, so that a record does
// not depend on which registry ring holds it: Resource (ResourceDigest, by
// its owner), Provider (ProviderRecordDigest, by its issuer) and Tombstone
// (TombstoneDigest, by its issuer), whose lists are native EIP-712 arrays.
// A resource's id is ResourceID: keccak256(abi.encode(keccak256(label),
// owner)). docs/registry.md describes them for readers outside Go.
//
// The digests are computed by hand with keccak (no reflection, no
// allocation), so VerifyLogNode costs little more than the ecrecover inside
// it.
//
// # Limits
//
//   - LogNode: body at most MaxBodySize (1 MiB), at most MaxRefs (64) refs,
//     block at most MaxLogNodeSize (1 MiB + 16 KiB).
//   - Message: at most MaxMessageSize (1 MiB - 1 KiB) encoded, so it fits a
//     body once sealed; app, domain, type and status at most MaxStringSize
//     (256) bytes.
//   - RingEntry: at most MaxHeads (1024) heads and MaxOutputs (1024)
//     outputs, block at most MaxRingEntrySize (256 KiB).
//   - ForkProof: block at most MaxForkProofSize (1 KiB).
//   - Resource: label 1..MaxLabelSize (64) bytes, block at most
//     MaxResourceSize (512).
//   - ProviderRecord: value at most MaxValueSize (1024) bytes, at most
//     MaxRelays (8) relays and MaxServices (16) services of 1..MaxServiceSize
//     (64) bytes each, peer ids at most MaxPeerIDSize (44) bytes, block at
//     most MaxProviderRecordSize (4 KiB).
//   - Tombstone: block at most MaxTombstoneSize (512).
//   - Registry created times at most MaxCreated (2^53-1).
//   - Lists and maps nest at most MaxNesting (64) deep in any block.
package schemas
