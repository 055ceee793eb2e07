#!/usr/bin/env node
// The `callvault` command: the compiled CLI (npm run build:ts writes dist/).
import { main } from '../dist/src/cli/index.js';

process.exitCode = await main(process.argv.slice(2));
