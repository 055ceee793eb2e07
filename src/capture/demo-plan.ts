/**
 * The channel plan used when no firmware-config is configured (embedded demo, tests, bench): one
 * E1 card with `spans` spans of 30 channels, agents a001… in teams of 30.
 */
import type { ChannelInfo, ChannelPlan } from '../channels/index.js';

export function demoChannelPlan(site: string, bridgeId: string, spans = 8): ChannelPlan {
  const channels: ChannelInfo[] = [];
  const spanInfos = [];
  for (let s = 1; s <= spans; s++) {
    const ids: string[] = [];
    for (let c = 1; c <= 30; c++) {
      const n = (s - 1) * 30 + c;
      const id = `e1a/${s}/${c}`;
      ids.push(id);
      channels.push({
        id, cardId: 'e1a', model: 'E1', span: s, channel: c,
        extension: String(8000 + n), agentId: `a${String(n).padStart(3, '0')}`, team: `team-${s}`, queue: s % 2 ? 'retail' : 'cards', record: true,
      });
    }
    spanInfos.push({ id: `e1a/${s}`, cardId: 'e1a', span: s, channels: ids });
  }
  return { files: [], site, bridgeId, cards: [{ id: 'e1a', model: 'E1', spans: spanInfos }], channels };
}
