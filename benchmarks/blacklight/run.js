// Runs The Markup's Blacklight collector once; its report is <outDir>/inspection.json.
// Usage: node run.js <url> <outDir> <chromiumPath> <numPages> [extra Chromium flag ...]
const { collect } = require('@themarkup/blacklight-collector');

(async () => {
  const [url, outDir, executable, numPages, ...flags] = process.argv.slice(2);
  await collect(url, {
    outDir,
    numPages: Number(numPages),
    headless: true,
    saveScreenshots: false,
    captureHar: false,
    puppeteerExecutablePath: executable,
    // Blacklight's own default flag, then ours: the loopback host map and no background traffic.
    extraChromiumArgs: ['--disable-features=TrackingProtection3pcd', ...flags],
  });
})().catch((err) => { console.error(String(err && err.stack || err)); process.exit(3); });
