#!/usr/bin/env node
// The `sidevogn` command. It runs the very same TypeScript in lib/ that the extension runs,
// loaded through tsx, so there is no second implementation to drift.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
