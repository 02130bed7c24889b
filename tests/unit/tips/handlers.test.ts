import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { tipsHandlers } from '../../../entrypoints/background/handlers/tips';
import { tipsMessages } from '../../../lib/messaging/tips';
import { messages, parseEnvelope } from '../../../lib/messaging';

const sender = {} as never;

describe('tips background handlers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has a handler for every tips message, all open to the content script, all in the message table', () => {
    expect(Object.keys(tipsHandlers).sort()).toEqual(Object.keys(tipsMessages).sort());
    expect(Object.values(tipsMessages).every((d) => !d.privileged)).toBe(true);
    for (const type of Object.keys(tipsMessages)) expect(type in messages).toBe(true);
  });

  it('starts empty and remembers read tips once each, across new handler calls', async () => {
    expect(await tipsHandlers['tips/state-get']({}, sender)).toEqual({ readTipIds: [], checklistTicks: {} });
    await tipsHandlers['tips/mark-read']({ tipId: 'omfang-i-tal' }, sender);
    const again = await tipsHandlers['tips/mark-read']({ tipId: 'omfang-i-tal' }, sender);
    expect(again.readTipIds).toEqual(['omfang-i-tal']);
    expect(tipsMessages['tips/mark-read'].response.safeParse(again).success).toBe(true);
    expect((await tipsHandlers['tips/state-get']({}, sender)).readTipIds).toEqual(['omfang-i-tal']);
  });

  it('ticks, unticks and resets one checklist without touching another', async () => {
    await tipsHandlers['tips/tick']({ checklistId: 'foer-afgoerelsen-sendes', itemId: 'retsgrundlag', ticked: true }, sender);
    await tipsHandlers['tips/tick']({ checklistId: 'foer-afgoerelsen-sendes', itemId: 'formaal', ticked: true }, sender);
    await tipsHandlers['tips/tick']({ checklistId: 'traeningsmoede', itemId: 'to-sager', ticked: true }, sender);
    let state = await tipsHandlers['tips/tick']({ checklistId: 'foer-afgoerelsen-sendes', itemId: 'retsgrundlag', ticked: false }, sender);
    expect(state.checklistTicks).toEqual({ 'foer-afgoerelsen-sendes': ['formaal'], traeningsmoede: ['to-sager'] });
    state = await tipsHandlers['tips/reset-ticks']({ checklistId: 'foer-afgoerelsen-sendes' }, sender);
    expect(state.checklistTicks).toEqual({ traeningsmoede: ['to-sager'] });
    expect(await tipsHandlers['tips/state-get']({}, sender)).toEqual(state);
  });

  it('does not lose ticks sent at the same time', async () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    await Promise.all(items.map((itemId) => tipsHandlers['tips/tick']({ checklistId: 'liste', itemId, ticked: true }, sender)));
    expect((await tipsHandlers['tips/state-get']({}, sender)).checklistTicks.liste?.sort()).toEqual(items);
  });

  it('stores only ids under one key, and survives a damaged stored value', async () => {
    await tipsHandlers['tips/mark-read']({ tipId: 'a' }, sender);
    await tipsHandlers['tips/tick']({ checklistId: 'l', itemId: 'i', ticked: true }, sender);
    const all = await fakeBrowser.storage.local.get(null);
    expect(all).toEqual({ 'tips:state': { readTipIds: ['a'], checklistTicks: { l: ['i'] } } });
    await fakeBrowser.storage.local.set({ 'tips:state': { readTipIds: 'nonsense', checklistTicks: { l: [1, 'ok'] } } });
    expect(await tipsHandlers['tips/state-get']({}, sender)).toEqual({ readTipIds: [], checklistTicks: { l: ['ok'] } });
  });

  it('refuses ids that are not config ids (no free text reaches storage)', () => {
    const bad = parseEnvelope({ type: 'tips/tick', payload: { checklistId: 'Sag 2025-0412 Liva', itemId: 'x', ticked: true } });
    expect(bad.ok).toBe(false);
    const good = parseEnvelope({ type: 'tips/mark-read', payload: { tipId: 'brug-logbogen' } });
    expect(good.ok).toBe(true);
  });
});
