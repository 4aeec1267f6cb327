//go:build race

package schemas

// raceEnabled: the race detector makes sync.Pool drop items, so pooled
// code allocates.
const raceEnabled = true
