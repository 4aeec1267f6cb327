package schemas

import (
	"crypto/ecdsa"
	"math/big"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// EIP-712 domain of every registry signature: {name: "Rings Registry",
// version: "1", chainId}.
//
// It has no verifyingContract, unlike the ring domain (Domain): a registry
// record is bound to a chain, not to one registry ring, so it stays valid
// when the registry moves to another registry ring or is sharded across
// several (docs/registry.md), and a record can be checked without knowing
// which ring holds it. The chain id still keeps a signature for one chain
// from being replayed on another.
const (
	RegistryDomainName = "Rings Registry"
	RegistryDomainType = "EIP712Domain(string name,string version,uint256 chainId)"
)

// EIP-712 type strings of the registry, exactly as their type hashes are
// computed. Every field of a record is bound, lists as native EIP-712
// arrays, so a wallet shows and signs them with eth_signTypedData_v4.
const (
	ResourceType  = "Resource(string label,address owner,uint64 created)"
	ProviderType  = "Provider(bytes32 resource,string value,bytes peer,bytes[] relays,string[] services,address issuer,uint64 created)"
	TombstoneType = "Tombstone(bytes32 resource,bytes peer,address issuer,uint64 created)"
)

var (
	registryDomainTypeHash = keccak([]byte(RegistryDomainType))
	registryNameHash       = keccak([]byte(RegistryDomainName))
	resourceTypeHash       = keccak([]byte(ResourceType))
	providerTypeHash       = keccak([]byte(ProviderType))
	tombstoneTypeHash      = keccak([]byte(TombstoneType))
	registryDomainFields   = mustTypeFields(RegistryDomainType)
)

// RegistrySeparator returns the EIP-712 domain separator of the registry
// on chain chainID: hashStruct of {name: "Rings Registry", version: "1",
// chainId: chainID}.
func RegistrySeparator(chainID uint64) [32]byte {
	if c := lastRegistrySeparator.Load(); c != nil && c.chain == chainID {
		return c.sep
	}
	h := getHasher()
	w := h.words(4)
	w[0] = registryDomainTypeHash
	w[1] = registryNameHash
	w[2] = versionHash
	putUint64(&w[3], chainID)
	sep := h.sum(4)
	putHasher(h)
	lastRegistrySeparator.Store(&registrySeparatorEntry{chain: chainID, sep: sep})
	return sep
}

// lastRegistrySeparator caches the most recent RegistrySeparator: a node
// verifies records of one chain.
var lastRegistrySeparator atomic.Pointer[registrySeparatorEntry]

type registrySeparatorEntry struct {
	chain uint64
	sep   [32]byte
}

// ResourceDigest returns the EIP-712 digest that r's owner signs:
// Resource(string label,address owner,uint64 created) in the registry
// domain of r.Chain. It checks every rule of r.Validate but the
// signature's, so an unsigned resource has a digest; r.Sig is ignored.
func ResourceDigest(r *Resource) ([32]byte, error) {
	if err := r.validateUnsigned(); err != nil {
		return [32]byte{}, err
	}
	return resourceDigest(r), nil
}

func resourceDigest(r *Resource) [32]byte {
	sep := RegistrySeparator(uint64(r.Chain))
	h := getHasher()
	w := h.words(4)
	w[0] = resourceTypeHash
	w[1] = h.hashString(r.Label)
	putAddress(&w[2], common.Address(r.Owner))
	putUint64(&w[3], uint64(r.Created))
	d := h.typedDataHash(sep, h.sum(4))
	putHasher(h)
	return d
}

// ProviderRecordDigest returns the EIP-712 digest that p's issuer signs:
// Provider(bytes32 resource,string value,bytes peer,bytes[] relays,
// string[] services,address issuer,uint64 created) in the registry domain
// of p.Chain, with relays and services as EIP-712 arrays (keccak256 of the
// concatenated keccak256 of each element, in order). It checks every rule
// of p.Validate but the signature's; p.Sig is ignored.
func ProviderRecordDigest(p *ProviderRecord) ([32]byte, error) {
	if err := p.validateUnsigned(); err != nil {
		return [32]byte{}, err
	}
	return providerRecordDigest(p), nil
}

func providerRecordDigest(p *ProviderRecord) [32]byte {
	sep := RegistrySeparator(uint64(p.Chain))
	h := getHasher()
	w := h.words(8)
	w[0] = providerTypeHash
	w[1] = [32]byte(p.Resource)
	w[2] = h.hashString(p.Value)
	w[3] = h.hash(p.Peer)
	w[4] = h.hashArray(len(p.Relays), func(i int) [32]byte { return h.hash(p.Relays[i]) })
	w[5] = h.hashArray(len(p.Services), func(i int) [32]byte { return h.hashString(p.Services[i]) })
	putAddress(&w[6], common.Address(p.Issuer))
	putUint64(&w[7], uint64(p.Created))
	d := h.typedDataHash(sep, h.sum(8))
	putHasher(h)
	return d
}

// TombstoneDigest returns the EIP-712 digest that t's issuer signs:
// Tombstone(bytes32 resource,bytes peer,address issuer,uint64 created) in
// the registry domain of t.Chain. It checks every rule of t.Validate but
// the signature's; t.Sig is ignored.
func TombstoneDigest(t *Tombstone) ([32]byte, error) {
	if err := t.validateUnsigned(); err != nil {
		return [32]byte{}, err
	}
	return tombstoneDigest(t), nil
}

func tombstoneDigest(t *Tombstone) [32]byte {
	sep := RegistrySeparator(uint64(t.Chain))
	h := getHasher()
	w := h.words(5)
	w[0] = tombstoneTypeHash
	w[1] = [32]byte(t.Resource)
	w[2] = h.hash(t.Peer)
	putAddress(&w[3], common.Address(t.Issuer))
	putUint64(&w[4], uint64(t.Created))
	d := h.typedDataHash(sep, h.sum(5))
	putHasher(h)
	return d
}

// ResourceTypedData returns r's ResourceDigest request as typed data, for
// eth_signTypedData_v4.
func ResourceTypedData(r *Resource) (apitypes.TypedData, error) {
	if err := r.validateUnsigned(); err != nil {
		return apitypes.TypedData{}, err
	}
	return registryTypedData(r.Chain, "Resource", ResourceType, apitypes.TypedDataMessage{
		"label":   r.Label,
		"owner":   common.Address(r.Owner).Hex(),
		"created": uintString(uint64(r.Created)),
	}), nil
}

// ProviderRecordTypedData returns p's ProviderRecordDigest request as typed
// data, for eth_signTypedData_v4. Bytes are 0x-hex strings; an empty list
// is [] (go-ethereum's apitypes refuses null for an array).
func ProviderRecordTypedData(p *ProviderRecord) (apitypes.TypedData, error) {
	if err := p.validateUnsigned(); err != nil {
		return apitypes.TypedData{}, err
	}
	relays := make([]any, len(p.Relays))
	for i, r := range p.Relays {
		relays[i] = hexutil.Encode(r)
	}
	services := make([]any, len(p.Services))
	for i, s := range p.Services {
		services[i] = s
	}
	return registryTypedData(p.Chain, "Provider", ProviderType, apitypes.TypedDataMessage{
		"resource": hexutil.Encode(p.Resource),
		"value":    p.Value,
		"peer":     hexutil.Encode(p.Peer),
		"relays":   relays,
		"services": services,
		"issuer":   common.Address(p.Issuer).Hex(),
		"created":  uintString(uint64(p.Created)),
	}), nil
}

// TombstoneTypedData returns t's TombstoneDigest request as typed data, for
// eth_signTypedData_v4.
func TombstoneTypedData(t *Tombstone) (apitypes.TypedData, error) {
	if err := t.validateUnsigned(); err != nil {
		return apitypes.TypedData{}, err
	}
	return registryTypedData(t.Chain, "Tombstone", TombstoneType, apitypes.TypedDataMessage{
		"resource": hexutil.Encode(t.Resource),
		"peer":     hexutil.Encode(t.Peer),
		"issuer":   common.Address(t.Issuer).Hex(),
		"created":  uintString(uint64(t.Created)),
	}), nil
}

func registryTypedData(chain int64, primary, typeString string, msg apitypes.TypedDataMessage) apitypes.TypedData {
	return typedDataIn(registryDomainFields, apitypes.TypedDataDomain{
		Name:    RegistryDomainName,
		Version: DomainVersion,
		ChainId: (*math.HexOrDecimal256)(big.NewInt(chain)),
	}, primary, typeString, msg)
}

// SignResource sets r.Sig to key's signature of ResourceDigest(r). r must
// pass Validate but for its signature, and key must be r.Owner's (else
// ErrWrongSigner).
func SignResource(r *Resource, key *ecdsa.PrivateKey) error {
	digest, err := ResourceDigest(r)
	if err != nil {
		return err
	}
	sig, err := signAs(digest, key, common.Address(r.Owner))
	if err != nil {
		return err
	}
	r.Sig = sig
	return nil
}

// VerifyResource checks r (Validate), recovers the signer of its
// ResourceDigest and returns it if it is r.Owner. Otherwise it fails with
// ErrInvalid, a signature error (see Recover), or a *WrongSignerError.
func VerifyResource(r *Resource) (common.Address, error) {
	if err := r.Validate(); err != nil {
		return common.Address{}, err
	}
	return recoverAs(resourceDigest(r), r.Sig, common.Address(r.Owner))
}

// SignProviderRecord sets p.Sig to key's signature of
// ProviderRecordDigest(p). p must pass Validate but for its signature, and
// key must be p.Issuer's (else ErrWrongSigner).
func SignProviderRecord(p *ProviderRecord, key *ecdsa.PrivateKey) error {
	digest, err := ProviderRecordDigest(p)
	if err != nil {
		return err
	}
	sig, err := signAs(digest, key, common.Address(p.Issuer))
	if err != nil {
		return err
	}
	p.Sig = sig
	return nil
}

// VerifyProviderRecord checks p (Validate), recovers the signer of its
// ProviderRecordDigest and returns it if it is p.Issuer. Otherwise it fails
// with ErrInvalid, a signature error (see Recover), or a
// *WrongSignerError. It says nothing of the resource: whether it exists is
// the registry's question.
func VerifyProviderRecord(p *ProviderRecord) (common.Address, error) {
	if err := p.Validate(); err != nil {
		return common.Address{}, err
	}
	return recoverAs(providerRecordDigest(p), p.Sig, common.Address(p.Issuer))
}

// SignTombstone sets t.Sig to key's signature of TombstoneDigest(t). t must
// pass Validate but for its signature, and key must be t.Issuer's (else
// ErrWrongSigner).
func SignTombstone(t *Tombstone, key *ecdsa.PrivateKey) error {
	digest, err := TombstoneDigest(t)
	if err != nil {
		return err
	}
	sig, err := signAs(digest, key, common.Address(t.Issuer))
	if err != nil {
		return err
	}
	t.Sig = sig
	return nil
}

// VerifyTombstone checks t (Validate), recovers the signer of its
// TombstoneDigest and returns it if it is t.Issuer. Otherwise it fails with
// ErrInvalid, a signature error (see Recover), or a *WrongSignerError.
func VerifyTombstone(t *Tombstone) (common.Address, error) {
	if err := t.Validate(); err != nil {
		return common.Address{}, err
	}
	return recoverAs(tombstoneDigest(t), t.Sig, common.Address(t.Issuer))
}
