import { DEFAULT_DEVTOOLS_PORT, devtoolsPortFrom, machineAdvice } from '../../../scripts/start-env';

describe('npm start on a fresh machine (issue 12, "Fresh machine")', () => {
  it('takes the DevTools port from a flag or the environment, and refuses what is not a port', () => {
    expect(devtoolsPortFrom(['--headless'], {})).toBeUndefined();
    expect(devtoolsPortFrom(['--devtools-port=9333'], {})).toBe(9333);
    expect(devtoolsPortFrom(['--devtools-port', '9444'], {})).toBe(9444);
    expect(devtoolsPortFrom([], { CROSSDOCK_DEVTOOLS_PORT: '9555' })).toBe(9555);
    expect(devtoolsPortFrom(['--devtools-port=9333'], { CROSSDOCK_DEVTOOLS_PORT: '9555' })).toBe(9333);
    expect(() => devtoolsPortFrom(['--devtools-port=http'], {})).toThrow(/port number/);
    expect(DEFAULT_DEVTOOLS_PORT).toBe(9222);
  });

  it('names the Debian packages for what is missing, and nothing when all is there', () => {
    const all = { display: true, xvfbRun: true, xauth: true, koreanFont: true, chineseFont: true };
    expect(machineAdvice(all, false)).toEqual([]);
    const bare = { display: false, xvfbRun: false, xauth: false, koreanFont: false, chineseFont: false };
    const text = machineAdvice(bare, false).join('\n');
    expect(text).toContain('sudo apt-get install -y xvfb xauth');
    expect(text).toContain('xvfb-run -a npm start');
    expect(text).toContain('fonts-noto-cjk');
    // Headless needs no display; fonts still matter (screenshots).
    expect(machineAdvice({ ...bare, koreanFont: true, chineseFont: true }, true)).toEqual([]);
    expect(machineAdvice({ ...all, koreanFont: undefined, chineseFont: undefined }, false).join('\n')).toContain(
      'fontconfig is missing',
    );
  });
});
