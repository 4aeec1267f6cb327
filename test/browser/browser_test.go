package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// allocatorOptions are the chromium flags every profile runs with:
// chromedp's defaults (headless, no first run, no background networking, no
// sync, …) and: no sandbox (the tests run as root in a container), no GPU,
// no QUIC, no component updates, so a test sees only its own requests; and
// its own user data dir.
func allocatorOptions(userDataDir string) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromePath),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.WindowSize(1280, 900),
		chromedp.UserDataDir(userDataDir),
	)
}

// profile is one browser profile: its own chromium process and user data
// dir (so its IndexedDB, page keys and storage are its own), with one tab.
type profile struct {
	t    testing.TB
	name string
	ctx  context.Context // the tab; every chromedp.Run of this profile uses it
	dir  string          // the user data dir

	mu   sync.Mutex
	logs []string // the page's console and uncaught exceptions
}

// newProfile starts a chromium process with a fresh user data dir and opens
// a tab, with a test wallet injected when w is not nil. It is closed at the
// test's end; the page's console is logged if the test failed.
func newProfile(t testing.TB, name string, w *wallet) *profile {
	t.Helper()
	needBrowser(t)
	dir := t.TempDir()
	actx, acancel := chromedp.NewExecAllocator(context.Background(), allocatorOptions(dir)...)
	ctx, cancel := chromedp.NewContext(actx)
	p := &profile{t: t, name: name, ctx: ctx, dir: dir}
	t.Cleanup(func() {
		if t.Failed() {
			p.mu.Lock()
			t.Logf("%s: the page's console and network:\n%s", name, strings.Join(p.logs, "\n"))
			p.mu.Unlock()
			if w != nil {
				t.Logf("%s: the wallet's requests:\n%s", name, w.callsString())
			}
		}
		if w != nil {
			w.detach()
		}
		cancel()
		acancel()
	})
	// The first Run starts the browser, with no timeout (it would stop it).
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("%s: starting chromium %s: %v", name, chromePath, err)
	}
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			var parts []string
			for _, a := range ev.Args {
				if a.Value != nil {
					parts = append(parts, string(a.Value))
				} else {
					parts = append(parts, a.Description)
				}
			}
			p.log("console.%s: %s", ev.Type, strings.Join(parts, " "))
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			p.log("uncaught: %s (%s:%d)", msg, d.URL, d.LineNumber)
		case *network.EventRequestWillBeSent:
			p.log("request %s %s %s", ev.RequestID, ev.Request.Method, ev.Request.URL)
		case *network.EventResponseReceived:
			p.log("response %s %d %s", ev.RequestID, ev.Response.Status, ev.Response.URL)
		case *network.EventLoadingFailed:
			p.log("failed %s: %s (canceled %t)", ev.RequestID, ev.ErrorText, ev.Canceled)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	// The network log, for a failed test's reader.
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if w != nil {
		w.attach(t, ctx)
	}
	return p
}

func (p *profile) log(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.logs = append(p.logs, time.Now().Format("15:04:05.000 ")+fmt.Sprintf(format, args...))
}

// run runs chromedp actions in the profile's tab, failing the test on error.
func (p *profile) run(what string, actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, time.Minute)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		p.t.Fatalf("%s: %s: %v; page: %s", p.name, what, err, p.stateString())
	}
}

// open navigates to url and waits for the document to load.
func (p *profile) open(url string) {
	p.t.Helper()
	p.run("open "+url, chromedp.Navigate(url))
}

// reload reloads the page, as a person pressing F5.
func (p *profile) reload() {
	p.t.Helper()
	p.run("reload", chromedp.Reload())
}

// evalJS evaluates a JavaScript expression in p's page, awaiting a promise,
// and decodes its value as T.
func evalJS[T any](p *profile, within time.Duration, expr string) (T, error) {
	ctx, cancel := context.WithTimeout(p.ctx, within)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
}

// mustJS is evalJS failing the test on error.
func mustJS[T any](p *profile, within time.Duration, expr string) T {
	p.t.Helper()
	v, err := evalJS[T](p, within, expr)
	if err != nil {
		p.t.Fatalf("%s: evaluating %.200s: %v", p.name, expr, err)
	}
	return v
}

// click clicks the element sel (a CSS selector) once it is visible and
// enabled (a click on a disabled button is lost).
func (p *profile) click(sel string) {
	p.t.Helper()
	p.run("click "+sel, chromedp.WaitVisible(chromedp.CSS(sel)), chromedp.WaitEnabled(chromedp.CSS(sel)), chromedp.Click(chromedp.CSS(sel)))
}

// fill types text into the input sel, replacing what it holds, as keys.
func (p *profile) fill(sel, text string) {
	p.t.Helper()
	// Empty the live value first: chromedp.Clear sets only the attribute,
	// which a field typed into before ignores, and chromedp.SetValue
	// cannot set "" (it sends no argument, and the field gets "undefined").
	empty := fmt.Sprintf(`(() => { const el = document.querySelector(%q); el.value = ''; el.dispatchEvent(new Event('input', {bubbles: true})) })()`, sel)
	p.run("type into "+sel, chromedp.WaitVisible(chromedp.CSS(sel)), chromedp.Evaluate[chromedp.Void](empty),
		chromedp.SendKeys(chromedp.CSS(sel), text))
}

// send types text into #text and clicks #send: one chat message.
func (p *profile) send(text string) {
	p.t.Helper()
	p.fill("#text", text)
	p.click("#send")
}

// pageState is what the DOM contract shows, read in one evaluation.
type pageState struct {
	URL        string        `json:"url"`
	Notice     *noticeState  `json:"notice"`
	Join       bool          `json:"join"`   // #join is visible
	Signer     bool          `json:"signer"` // #signer is visible
	Me         string        `json:"me"`     // #me[data-address]
	Connection string        `json:"connection"`
	Outbox     string        `json:"outbox"`      // #outbox[data-count]
	SendOK     bool          `json:"sendEnabled"` // #send is visible and enabled
	Messages   []messageView `json:"messages"`
	Members    []memberView  `json:"members"`
}

type noticeState struct {
	Kind    string `json:"kind"`
	Text    string `json:"text"`
	Visible bool   `json:"visible"`
}

type messageView struct {
	CID    string `json:"cid"`
	Author string `json:"author"`
	Seq    string `json:"seq"`
	State  string `json:"state"`
	Text   string `json:"text"`
	Shown  string `json:"shownAuthor"` // the .author child's text
}

type memberView struct {
	Address string `json:"address"`
	Me      bool   `json:"me"`
}

// stateJS reads pageState; each element is optional so that any page,
// including one that is not the chat page, can be described.
const stateJS = `(() => {
  const q = (s) => document.querySelector(s)
  const visible = (el) => !!el && !el.hidden && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
  const text = (el) => el ? el.textContent.replace(/\s+/g, ' ').trim() : ''
  const n = q('#notice'), send = q('#send')
  return {
    url: location.href,
    notice: n ? { kind: n.dataset.kind || '', text: text(n), visible: visible(n) } : null,
    join: visible(q('#join')),
    signer: visible(q('#signer')),
    me: q('#me')?.dataset.address || '',
    connection: q('#connection')?.dataset.state || '',
    outbox: q('#outbox')?.dataset.count ?? '',
    sendEnabled: visible(send) && !send.disabled,
    messages: [...document.querySelectorAll('#messages li.message')].map((li) => ({
      cid: li.dataset.cid || '', author: li.dataset.author || '', seq: li.dataset.seq || '',
      state: li.dataset.state || '', text: text(li.querySelector('.text')), shownAuthor: text(li.querySelector('.author'))
    })),
    members: [...document.querySelectorAll('#members li')].map((li) => ({ address: li.dataset.address || '', me: li.hasAttribute('data-me') }))
  }
})()`

// state reads the page's state.
func (p *profile) state() (pageState, error) {
	return evalJS[pageState](p, 30*time.Second, stateJS)
}

func (p *profile) stateString() string {
	s, err := p.state()
	if err != nil {
		return "(unreadable: " + err.Error() + ")"
	}
	return s.String()
}

func (s pageState) String() string {
	b, _ := json.Marshal(s)
	return string(b)
}

// waitState polls the page's state every 100 ms until cond holds, and
// returns that state; after within it fails, naming what and the last state.
func (p *profile) waitState(within time.Duration, what string, cond func(pageState) bool) pageState {
	p.t.Helper()
	deadline := time.Now().Add(within)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	var last string
	for {
		s, err := p.state()
		if err == nil && cond(s) {
			return s
		}
		if err != nil {
			last = "(unreadable: " + err.Error() + ")"
		} else {
			last = s.String()
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s: %s: not within %v; page: %s", p.name, what, within, last)
		}
		select {
		case <-p.ctx.Done():
			p.t.Fatalf("%s: %s: the browser went away; page: %s", p.name, what, last)
		case <-tick.C:
		}
	}
}

// checkState is waitState that reports a miss with t.Errorf and goes on:
// for a check after which the rest of a test still means something.
func (p *profile) checkState(within time.Duration, what string, cond func(pageState) bool) (pageState, bool) {
	p.t.Helper()
	deadline := time.Now().Add(within)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		s, err := p.state()
		if err == nil && cond(s) {
			return s, true
		}
		if time.Now().After(deadline) || p.ctx.Err() != nil {
			p.t.Errorf("%s: %s: not within %v; page: %s", p.name, what, within, s)
			return s, false
		}
		<-tick.C
	}
}

// message returns the first message whose text is text.
func (s pageState) message(text string) (messageView, bool) {
	for _, m := range s.Messages {
		if m.Text == text {
			return m, true
		}
	}
	return messageView{}, false
}

// screenshot saves the whole page at width × height CSS pixels, as a phone
// (mobile, touch, 2× pixels) or a desktop, as <name>.png in the test's
// artifact directory and returns its path.
func (p *profile) screenshot(name string, width, height int64, mobile bool) string {
	p.t.Helper()
	opts := []chromedp.EmulateViewportOption{chromedp.EmulatePortrait}
	if mobile {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulateScale(2))
	}
	ctx, cancel := context.WithTimeout(p.ctx, time.Minute)
	defer cancel()
	err := chromedp.Do(ctx, chromedp.EmulateViewport(width, height, opts...),
		// Let the layout settle at the new size before the capture.
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := chromedp.Evaluate[bool](`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`,
				chromedp.EvalAwaitPromise)(ctx, t)
			return err
		}))
	if err != nil {
		p.t.Fatalf("%s: screenshot %s: %v", p.name, name, err)
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		p.t.Fatalf("%s: screenshot %s: %v", p.name, name, err)
	}
	path := filepath.Join(artifactDir(p.t), name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.t.Fatal(err)
	}
	p.t.Logf("%s: screenshot %s", p.name, path)
	return path
}

// artifactDir is where a test keeps its screenshots: $RINGS_ARTIFACTS/<test
// name> when RINGS_ARTIFACTS is set, else t.ArtifactDir().
func artifactDir(t testing.TB) string {
	t.Helper()
	if root := os.Getenv("RINGS_ARTIFACTS"); root != "" {
		dir := filepath.Join(root, regexp.MustCompile(`[^A-Za-z0-9_.-]+`).ReplaceAllString(t.Name(), "_"))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	return t.ArtifactDir()
}

// clockJS shifts the page's clock (Date, Date.now) by an offset in ms that
// a test sets now and changes later through window.__testClock.offset; it
// runs before any page script. The daemons and the chain keep real time.
const clockJS = `(() => {
  const Real = Date
  const clock = { offset: %d }
  class Shifted extends Real {
    constructor (...args) { if (args.length === 0) super(Real.now() + clock.offset); else super(...args) }
    static now () { return Real.now() + clock.offset }
  }
  Object.defineProperty(window, '__testClock', { value: clock })
  window.Date = Shifted
})()`

// shiftClock makes every document p loads from now on see its clock
// shifted by offset; setClock changes the shift of the open document.
func (p *profile) shiftClock(offset time.Duration) {
	p.t.Helper()
	err := chromedp.Do(p.ctx, chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
		_, err := cdp.Call(ctx, tgt, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: fmt.Sprintf(clockJS, offset.Milliseconds()),
		})
		return err
	}))
	if err != nil {
		p.t.Fatalf("%s: shifting the clock: %v", p.name, err)
	}
}

// setClock sets the open document's clock shift.
func (p *profile) setClock(offset time.Duration) {
	p.t.Helper()
	mustJS[chromedp.Void](p, 10*time.Second, fmt.Sprintf("window.__testClock.offset = %d", offset.Milliseconds()))
}
