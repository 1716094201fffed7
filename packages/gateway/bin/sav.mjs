#!/usr/bin/env node
// The `sav` command line: TypeScript sources run through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/sav.ts');
