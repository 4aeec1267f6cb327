package gateway

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

// serveEvents is GET /ring/{ring}/events: the backend's events as
// Server-Sent Events ("event: <type>\ndata: <json>\n\n"), a comment line
// every 15 s while idle, until the client goes, the backend closes the
// channel, or Close. An address that is not a ring gets the error of
// GET /ring/{ring} (Backend.RingInfo), not a stream that never carries
// anything.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	ring, e := pathAddress(r, "ring")
	if e != nil {
		s.writeError(w, r, e)
		return
	}
	if _, err := s.backend.RingInfo(r.Context(), ring); err != nil {
		s.writeError(w, r, rpcError(err))
		return
	}
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	stop := context.AfterFunc(s.streams, cancel)
	defer stop()

	events, err := s.backend.Subscribe(ctx, ring)
	if err != nil {
		s.writeError(w, r, rpcError(err))
		return
	}
	sw := &streamWriter{w: w, timeout: s.cfg.writeTimeout, contentType: "text/event-stream", flush: true}
	sw.start()
	if _, err := sw.Write([]byte(": ring " + ring + "\n\n")); err != nil {
		return
	}
	tick := time.NewTicker(s.heartbeat)
	defer tick.Stop()
	var buf []byte
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			if _, err := sw.Write([]byte(": heartbeat\n\n")); err != nil {
				return
			}
		case ev, ok := <-events:
			if !ok {
				return
			}
			data, err := json.Marshal(ev.Data)
			if err != nil {
				s.log.Warn("ring gateway: dropping an event that does not encode", "ring", ring, "type", ev.Type, "err", err.Error())
				continue
			}
			buf = buf[:0]
			if t := sseField(ev.Type); t != "" {
				buf = append(append(append(buf, "event: "...), t...), '\n')
			}
			buf = append(append(append(buf, "data: "...), data...), "\n\n"...)
			if _, err := sw.Write(buf); err != nil {
				return
			}
		}
	}
}

// sseField drops the characters that would end an SSE field early.
func sseField(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == 0 {
			return -1
		}
		return r
	}, s)
}

// streamWriter writes a streamed response: headers and status 200 on the
// first write, then every write with a fresh write deadline of timeout
// (Config.WriteTimeout), so that a long stream is not cut by the server's
// WriteTimeout but a client that stops reading is. (ReadTimeout needs
// nothing: net/http lifts the read deadline once the request is read.)
type streamWriter struct {
	w           http.ResponseWriter
	rc          *http.ResponseController
	timeout     time.Duration
	contentType string
	flush       bool // flush after every write (event streams)
	started     bool
	err         error // the first failed write: the client is gone or stopped reading
}

func (sw *streamWriter) start() {
	if sw.started {
		return
	}
	sw.started = true
	sw.rc = http.NewResponseController(sw.w)
	// Errors mean the connection cannot take deadlines (a test recorder).
	_ = sw.rc.SetWriteDeadline(time.Time{})
	h := sw.w.Header()
	h.Set("Content-Type", sw.contentType)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-cache")
	if sw.flush {
		h.Set("X-Accel-Buffering", "no") // nginx: do not buffer the stream
	}
	sw.w.WriteHeader(http.StatusOK)
}

func (sw *streamWriter) Write(b []byte) (int, error) {
	sw.start()
	_ = sw.rc.SetWriteDeadline(time.Now().Add(sw.timeout))
	n, err := sw.w.Write(b)
	if err == nil && sw.flush {
		err = sw.rc.Flush()
	}
	if err != nil && sw.err == nil {
		sw.err = err
	}
	return n, err
}
