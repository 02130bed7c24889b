// A virtual X display for the tests that need real keyboard shortcuts: the commands API
// (Alt+Shift+K, Alt+Shift+L) is handled by the browser's own UI, which only a real key event
// reaches. xdotool types through the XTEST extension, as a person's keyboard would.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function xvfbAvailable() {
  return ['/usr/bin/Xvfb', '/usr/bin/xdotool'].every((p) => existsSync(p));
}

export const XVFB_MISSING = 'Xvfb og xdotool mangler: sudo apt-get install -y xvfb xdotool';

/** Starts Xvfb on a free display number; returns { display, stop }. */
export async function startXvfb() {
  for (let n = 90 + Math.floor(Math.random() * 100); n < 400; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const proc = spawn('/usr/bin/Xvfb', [`:${n}`, '-screen', '0', '1400x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) await new Promise((r) => setTimeout(r, 100));
    if (!existsSync(`/tmp/.X11-unix/X${n}`)) {
      proc.kill();
      continue;
    }
    const display = `:${n}`;
    return { display, stop: () => proc.kill() };
  }
  throw new Error('Kunne ikke starte Xvfb');
}

/** Runs xdotool on the display. */
export function xdotool(display, ...args) {
  return execFileSync('/usr/bin/xdotool', args, { env: { ...process.env, DISPLAY: display } }).toString().trim();
}

/** Clicks into the page area of the browser window so it has keyboard focus, then presses keys. */
export function pressKeys(display, keys, { x = 300, y = 450 } = {}) {
  xdotool(display, 'mousemove', String(x), String(y), 'click', '1');
  xdotool(display, 'key', '--delay', '60', keys);
}
