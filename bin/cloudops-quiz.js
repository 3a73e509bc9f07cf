#!/usr/bin/env node
// The built program lives in dist/ (npm run build, run by npm install through "prepare").
import '../dist/cli.js';
