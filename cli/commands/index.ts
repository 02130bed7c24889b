import { registerCommand } from '../main.ts';

// One line per command; the module is loaded only when its command runs.
void registerCommand;
registerCommand('pack', 'tjek, signér og verificér konfigurationspakker', () => import('./pack.ts'));
registerCommand('deploy-kit', 'lav politikfiler og vejledning til IT-udrulning', () => import('./deploy-kit.ts'));
registerCommand('audit', 'tjek afgørelsesbreve (.txt, .html, .docx) og lav en samlet rapport', () => import('./audit.ts'));
