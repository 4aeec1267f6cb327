// The live side: the ring's event stream (GET /ring/{ring}/events) and the
// connection state the page shows: live, reconnecting or offline.

/**
 * EventStream follows the ring's Server-Sent Events. EventSource retries
 * by itself after a network failure; when it gives up (an HTTP error, a
 * wrong content type) the stream is opened again after a backoff. on.open
 * runs at every (re)connection (events are not replayed: read again then),
 * on.head and on.flush get each event's data, on.state the stream's state:
 * "open", "retrying" or "closed".
 */
export class EventStream {
  constructor ({ url, EventSource = globalThis.EventSource, on = {}, timers = globalThis, maxBackoff = 30000 }) {
    this.url = url
    this.ES = EventSource
    this.on = on
    this.timers = timers
    this.maxBackoff = maxBackoff
    this.backoff = 1000
    this.es = null
    this.timer = null
    this.stopped = false
  }

  start () {
    this.stopped = false
    this.connect()
  }

  connect () {
    if (this.stopped || !this.ES) return
    const es = new this.ES(this.url)
    this.es = es
    es.onopen = () => {
      this.backoff = 1000
      this.on.state?.('open')
      this.on.open?.()
    }
    es.onerror = () => {
      if (es !== this.es) return
      if (es.readyState === 2) { // CLOSED: EventSource gave up
        this.on.state?.('closed')
        this.retry()
      } else {
        this.on.state?.('retrying')
      }
    }
    for (const type of ['head', 'flush']) {
      es.addEventListener(type, (ev) => {
        let data
        try {
          data = JSON.parse(ev.data)
        } catch {
          return // not ours to show
        }
        this.on[type]?.(data)
      })
    }
  }

  retry () {
    this.es?.close()
    this.es = null
    if (this.stopped || this.timer) return
    const wait = this.backoff
    this.backoff = Math.min(this.backoff * 2, this.maxBackoff)
    this.timer = this.timers.setTimeout(() => { this.timer = null; this.connect() }, wait)
  }

  /** reconnect opens the stream again now, unless it is open (e.g. the browser came online). */
  reconnect () {
    if (this.stopped) return
    if (this.es && this.es.readyState === 1) return
    if (this.timer) { this.timers.clearTimeout(this.timer); this.timer = null }
    this.es?.close()
    this.es = null
    this.backoff = 1000
    this.connect()
  }

  stop () {
    this.stopped = true
    if (this.timer) this.timers.clearTimeout(this.timer)
    this.timer = null
    this.es?.close()
    this.es = null
  }
}

/**
 * Health turns what the page sees into the connection state: offline when
 * the browser is, or the gateway cannot be reached; live when the event
 * stream is open and the gateway answers; reconnecting otherwise (the
 * stream is retrying, or the gateway answers server errors).
 */
export class Health {
  constructor ({ onChange = () => {}, online = () => true } = {}) {
    this.onChange = onChange
    this.online = online
    this.stream = 'closed'
    this.gateway = 'ok' // ok | unreachable | failing
    this.state = ''
  }

  /** streamState records the event stream's state ("open", "retrying", "closed"). */
  streamState (s) {
    this.stream = s
    if (s === 'open') this.gateway = 'ok' // the stream's answer is the gateway's
    this.update()
  }

  /** request records how a gateway request ended: an HTTP status, or 0 for a network failure. */
  request (status) {
    this.gateway = status === 0 ? 'unreachable' : status >= 500 ? 'failing' : 'ok'
    this.update()
  }

  update () {
    let s
    if (!this.online() || this.gateway === 'unreachable') s = 'offline'
    else if (this.stream === 'open' && this.gateway === 'ok') s = 'live'
    else s = 'reconnecting'
    if (s !== this.state) {
      this.state = s
      this.onChange(s)
    }
  }

  /** watchedFetch wraps fetch so that every gateway request reports here. */
  watchedFetch (fetch = globalThis.fetch.bind(globalThis)) {
    return async (...args) => {
      let res
      try {
        res = await fetch(...args)
      } catch (err) {
        this.request(0)
        throw err
      }
      this.request(res.status)
      return res
    }
  }
}
