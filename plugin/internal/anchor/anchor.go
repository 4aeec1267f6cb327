// Package anchor keeps a node's records of the log heads it saw anchored:
// flushed to a ring contract and mined. A chain can lose a mined block (the
// embedded dev chain loses its newest block in a crash, another chain can
// reorg); with these records the node notices that the chain no longer
// holds a head it saw mined, and flushes it again.
//
// Two parts of a node write records, and each flushes its own again:
//
//   - the ring service (plugin/ring), for the flushes it signed with an
//     avatar's key: it signs a new flush of the avatar's current head;
//   - the replica (plugin/replica), for the members' signed flushes it
//     relayed: it cannot sign for a member, so the record keeps the signed
//     flushes ([Record.Signed]) and the replica sends them again.
//
// The caller supplies the datastore: the log store's, so that the replica's
// records commit in the batch that records its relay. Records live under
// /anchored/<ring>/<avatar>, one per ring and avatar.
//
// Limits: a record holds the newest anchored head of its ring and avatar; a
// later flush supersedes it. A signed flush can be sent again only while
// the avatar's nonce on chain is its nonce (the lost block took the nonce's
// use with it) and until its deadline. So a chain that loses more than the
// newest transaction with an avatar's flushes leaves the replica nothing
// valid to send: it reports the flush failed, and the member flushes again.
package anchor

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/query"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// prefix is where the records live in the caller's datastore.
const prefix = "/anchored"

// Record is the newest head of one avatar in one ring that this node saw
// mined.
type Record struct {
	Ring   common.Address `json:"ring"`
	Avatar common.Address `json:"avatar"`
	Seq    uint64         `json:"seq"`
	Head   cid.Cid        `json:"head"`
	// Signed are the avatar's signed flushes of the transaction that
	// anchored Head, oldest first (the last one names Head), kept by a node
	// that relayed them and cannot sign for the avatar. Empty for a flush
	// this node signed itself.
	Signed []Signed `json:"signed,omitempty"`
}

// Signed is an avatar's signed Flush, as relayed.
type Signed struct {
	Seq      uint64        `json:"seq"`
	Head     common.Hash   `json:"head"` // the head's CID digest
	Nonce    *big.Int      `json:"nonce"`
	Deadline *big.Int      `json:"deadline"`
	Sig      hexutil.Bytes `json:"sig"`
}

// Flush is s for ring and avatar, as the ring contract takes it.
func (s Signed) Flush(ring, avatar common.Address) schemas.Flush {
	return schemas.Flush{Ring: ring, Avatar: avatar, Head: s.Head, Seq: s.Seq,
		Nonce: new(big.Int).Set(s.Nonce), Deadline: new(big.Int).Set(s.Deadline)}
}

func key(ring, avatar common.Address) datastore.Key {
	return datastore.NewKey(prefix + "/" + strings.ToLower(ring.Hex()[2:]) + "/" + strings.ToLower(avatar.Hex()[2:]))
}

// mu makes a Put's check of the held records and its write one step.
var mu sync.Mutex

// Put writes recs in one batch of ds, with what with adds to the batch
// (nil: nothing), commits and syncs it. A record replaces the one held for
// its ring and avatar unless that one has a higher seq (a later flush
// recorded first); of several recs for one ring and avatar, the highest
// seq is kept. A held record that does not decode is replaced.
func Put(ctx context.Context, ds datastore.Batching, recs []Record, with func(context.Context, datastore.Write) error) error {
	mu.Lock()
	defer mu.Unlock()
	type slot struct {
		rec        Record
		has, write bool
	}
	slots := map[datastore.Key]*slot{}
	var keys []datastore.Key
	for _, rec := range recs {
		k := key(rec.Ring, rec.Avatar)
		s, ok := slots[k]
		if !ok {
			s = &slot{}
			v, err := ds.Get(ctx, k)
			switch {
			case err == nil:
				s.has = json.Unmarshal(v, &s.rec) == nil
			case !errors.Is(err, datastore.ErrNotFound):
				return fmt.Errorf("anchor: reading the record of %s in %s: %w", rec.Avatar.Hex(), rec.Ring.Hex(), err)
			}
			slots[k], keys = s, append(keys, k)
		}
		if !s.has || rec.Seq >= s.rec.Seq {
			s.rec, s.has, s.write = rec, true, true
		}
	}
	b, err := ds.Batch(ctx)
	if err != nil {
		return err
	}
	for _, k := range keys {
		if s := slots[k]; s.write {
			v, err := json.Marshal(s.rec)
			if err != nil {
				return err
			}
			if err := b.Put(ctx, k, v); err != nil {
				return err
			}
		}
	}
	if with != nil {
		if err := with(ctx, b); err != nil {
			return err
		}
	}
	if err := b.Commit(ctx); err != nil {
		return err
	}
	return ds.Sync(ctx, datastore.NewKey("/"))
}

// List returns every record in ds, by ring and avatar.
func List(ctx context.Context, ds datastore.Read) ([]Record, error) {
	res, err := ds.Query(ctx, query.Query{Prefix: prefix, Orders: []query.Order{query.OrderByKey{}}})
	if err != nil {
		return nil, err
	}
	defer res.Close()
	var out []Record
	for r := range res.Next() {
		if r.Error != nil {
			return nil, r.Error
		}
		var rec Record
		if err := json.Unmarshal(r.Value, &rec); err != nil {
			return nil, fmt.Errorf("anchor: corrupt record %s: %w", r.Key, err)
		}
		out = append(out, rec)
	}
	return out, nil
}
