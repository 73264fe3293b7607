// GitHub Action entry of the shadow-compare gate: its inputs and run function are its descriptor in shared/commands/descriptors.ts.
import { runAction } from '../../shared/commands/action.js';
import { GATE_COMMANDS } from '../../shared/commands/descriptors.js';

await runAction(GATE_COMMANDS['shadow-compare']);
