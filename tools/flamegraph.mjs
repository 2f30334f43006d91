#!/usr/bin/env node
// A V8 CPU profile (`node --cpu-prof` → *.cpuprofile) as a flame graph SVG and top-N tables (markdown).
//
//   node tools/flamegraph.mjs PROFILE.cpuprofile [--svg out.svg] [--folded out.folded] [--top 25] [--title "..."]
//
// Folded stacks ("root;caller;callee microseconds", one line per distinct stack) are what flamegraph.pl
// and speedscope read too. Time is attributed to the sampled (innermost) frame: self time. Percentages
// are of the busy time (samples outside `(idle)`). Frames are named `function file:line`, a dependency's
// file shortened to `package/path`, the repository's files to their path in it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const options = { top: 25, title: 'CPU flame graph' };
  const rest = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--svg') options.svg = argv[++index];
    else if (arg === '--folded') options.folded = argv[++index];
    else if (arg === '--top') options.top = Number(argv[++index]);
    else if (arg === '--title') options.title = argv[++index];
    else rest.push(arg);
  }
  if (rest.length !== 1) {
    console.error('usage: node tools/flamegraph.mjs PROFILE.cpuprofile [--svg out.svg] [--folded out.folded] [--top N] [--title TEXT]');
    process.exit(2);
  }
  return { ...options, profile: rest[0] };
}

/** `file:///…/node_modules/@nestjs/core/x.js` → `@nestjs/core/x.js`; repository files relative to the root. */
export function shortFile(url) {
  if (!url) return '';
  let file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const at = file.lastIndexOf('node_modules/');
  if (at >= 0) return file.slice(at + 'node_modules/'.length);
  if (file.startsWith(ROOT)) return path.relative(ROOT, file);
  file = file.replace(/^.*\/wt\/[^/]+\//, '');
  return file;
}

/** Which package (or `app`, `node`) a frame belongs to. */
export function packageOf(url) {
  if (!url) return '(v8)';
  if (url.startsWith('node:')) return 'node';
  const file = shortFile(url);
  const inModules = url.includes('node_modules/');
  if (!inModules) return file.startsWith('apps/') || file.startsWith('libs/') ? 'app' : file.startsWith('node:') ? 'node' : file || '(v8)';
  const parts = file.split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

function frameName(callFrame) {
  const name = callFrame.functionName || '(anonymous)';
  if (!callFrame.url) return name;
  return `${name} ${shortFile(callFrame.url)}:${callFrame.lineNumber + 1}`;
}

/** Self time (µs) per profile node, and each node's stack of frame names (root first, `(root)` left out). */
export function analyse(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  for (let index = 0; index < profile.samples.length; index += 1) {
    // timeDeltas[i] is the time since the previous sample: it belongs to the sample before it.
    const delta = profile.timeDeltas[index + 1] ?? 0;
    const id = profile.samples[index];
    self.set(id, (self.get(id) ?? 0) + Math.max(0, delta));
  }
  const stackOf = (id) => {
    const frames = [];
    for (let current = id; current !== undefined; current = parent.get(current)) {
      const node = byId.get(current);
      if (node.callFrame.functionName !== '(root)' || node.callFrame.url) frames.push(frameName(node.callFrame));
    }
    return frames.reverse();
  };
  const folded = new Map();
  const functions = new Map();
  const packages = new Map();
  let busy = 0;
  let idle = 0;
  for (const [id, micros] of self) {
    const node = byId.get(id);
    if (node.callFrame.functionName === '(idle)') {
      idle += micros;
      continue;
    }
    busy += micros;
    const key = stackOf(id).join(';');
    folded.set(key, (folded.get(key) ?? 0) + micros);
    const name = frameName(node.callFrame);
    functions.set(name, (functions.get(name) ?? 0) + micros);
    const pkg = packageOf(node.callFrame.url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
  }
  return { folded, functions, packages, busy, idle };
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function colour(name) {
  const file = name.split(' ').slice(1).join(' ');
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  if (file.startsWith('apps/') || file.startsWith('libs/')) return `hsl(${110 + (hash % 40)}, 55%, ${55 + (hash % 15)}%)`;
  if (!file || file.startsWith('node:')) return `hsl(0, 0%, ${70 + (hash % 15)}%)`;
  return `hsl(${10 + (hash % 45)}, 80%, ${55 + (hash % 15)}%)`;
}

/** A flame graph (root at the bottom) of folded stacks; frames narrower than a pixel are left out. */
export function flameGraphSvg(folded, title) {
  const root = { name: 'all', value: 0, children: new Map() };
  for (const [stack, value] of folded) {
    root.value += value;
    let node = root;
    for (const frame of stack.split(';')) {
      if (!node.children.has(frame)) node.children.set(frame, { name: frame, value: 0, children: new Map() });
      node = node.children.get(frame);
      node.value += value;
    }
  }
  const width = 1400;
  const rowHeight = 17;
  const scale = (width - 20) / Math.max(1, root.value);
  let depthMax = 0;
  const rects = [];
  const place = (node, x, depth) => {
    const w = node.value * scale;
    if (w < 1) return;
    depthMax = Math.max(depthMax, depth);
    rects.push({ node, x, depth, w });
    let childX = x;
    for (const child of [...node.children.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      place(child, childX, depth + 1);
      childX += child.value * scale;
    }
  };
  place(root, 10, 0);
  const height = (depthMax + 1) * rowHeight + 50;
  const body = rects
    .map(({ node, x, depth, w }) => {
      const y = height - 20 - (depth + 1) * rowHeight;
      const share = ((node.value / root.value) * 100).toFixed(2);
      const label = w > 40 ? escape(node.name.slice(0, Math.floor((w - 6) / 6.5))) : '';
      return `<g><title>${escape(node.name)} (${(node.value / 1000).toFixed(1)} ms, ${share} %)</title><rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowHeight - 1}" fill="${node.name === 'all' ? '#ddd' : colour(node.name)}" rx="2"/>${label ? `<text x="${(x + 3).toFixed(1)}" y="${y + 12}">${label}</text>` : ''}</g>`;
    })
    .join('\n');
  return `<?xml version="1.0" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="monospace" font-size="11">
<rect width="100%" height="100%" fill="#fffdf8"/>
<text x="${width / 2}" y="20" text-anchor="middle" font-size="15">${escape(title)}</text>
<text x="10" y="${height - 5}" fill="#555">green: the repository's code; orange: dependencies; grey: Node.js and V8. Hover a frame for its time.</text>
${body}
</svg>
`;
}

function markdownTable(headers, rows) {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const profile = JSON.parse(readFileSync(options.profile, 'utf8'));
  const { folded, functions, packages, busy, idle } = analyse(profile);
  if (options.folded) writeFileSync(options.folded, [...folded].map(([stack, micros]) => `${stack} ${micros}`).join('\n') + '\n');
  if (options.svg) writeFileSync(options.svg, flameGraphSvg(folded, options.title));
  const share = (micros) => `${((micros / busy) * 100).toFixed(1)} %`;
  const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, options.top);
  console.log(`Busy ${(busy / 1e6).toFixed(2)} s, idle ${(idle / 1e6).toFixed(2)} s (${((busy / (busy + idle)) * 100).toFixed(0)} % busy)\n`);
  console.log(markdownTable(['self time by package', 'ms', 'share of busy'], top(packages).map(([name, micros]) => [name, (micros / 1000).toFixed(0), share(micros)])));
  console.log('');
  console.log(markdownTable(['self time by function', 'ms', 'share of busy'], top(functions).map(([name, micros]) => [`\`${name.replace(/\|/g, '\\|')}\``, (micros / 1000).toFixed(0), share(micros)])));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
