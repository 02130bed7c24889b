import { registerCommand } from '../main.ts';

// One line per command; the module is loaded only when its command runs.
void registerCommand;
