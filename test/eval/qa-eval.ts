/**
 * `npm run eval:qa [-- --json] [-- --verbose] [-- --set fresh2]`: scores the default rule pack and the
 * redaction on the labelled corpus, one table per set (dev, heldout, fresh2, fresh3, fresh4 … fresh268), then a headline
 * computed only on the sets no tuning had seen when they were scored (UNSEEN_SPLITS), never on dev.
 * The last line is JSON: {"headline":{basis,calls,precision,recall,pii_recall},"precision","recall",
 * "pii_recall" (the headline again),"sets":{dev,heldout,fresh2,…,fresh268},"alert_p95_ms",…}.
 * `--set NAME` (repeatable, or comma-separated) scores only the named sets.
 * `--audio` also renders, records and analyses the synthetic audio calls (test/eval/audio-calls.ts, ~12 s)
 * and adds their line and "audio_calls" to the JSON.
 * alert_p95_ms is end to end: every corpus call is played as a PBX call by a real gRPC client over
 * loopback to the real capture server, timed from a segment's write to its alert's receipt on the
 * bridge's stream (test/analysis/alert-latency.ts); alert_engine_p95_ms is the rule engine's share.
 */
import { defaultRulePack } from '../../src/rules/index.js';
import { setLogSink } from '../../src/trace/index.js';
import { measureGrpcAlertLatency } from '../analysis/alert-latency.js';
import { runAudioCalls } from './audio-calls.js';
import { loadCorpus, SPLITS, UNSEEN_SPLITS, type CorpusCall, type Split } from './corpus.js';
import { evaluateSplit, measureAlertLatency, type SplitReport } from './qa-metrics.js';

const round = (x: number) => Math.round(x * 10000) / 10000;

function table(name: string, r: SplitReport): string {
  const lines = [`== ${name}: ${r.calls} calls, P ${round(r.precision)} R ${round(r.recall)}, PII recall ${round(r.piiRecall)} (${r.piiExpected} spans), PII precision ${round(r.piiPrecision)}`];
  lines.push(`${'rule'.padEnd(34)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  precision  recall`);
  for (const [id, c] of Object.entries(r.perRule)) {
    lines.push(`${id.padEnd(34)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${round(c.precision).toFixed(4).padStart(9)}  ${round(c.recall).toFixed(4)}`);
  }
  return lines.join('\n');
}

const SPLIT_TITLE: Record<Split, string> = {
  dev: 'dev (tuned on)',
  heldout: 'heldout (never tuned on)',
  fresh2: 'fresh2 (written blind; tuned on in round 5 after one blind score)',
  fresh3: 'fresh3 (written blind after round 5; scored once, then its misses informed round 6)',
  fresh4: 'fresh4 (written blind by a fourth author; scored once (P 0.7838 R 0.8286), then its misses informed round 7)',
  fresh5: 'fresh5 (written blind by a fifth author; scored once (P 0.8621 R 0.7813, PII 0.7647), then its misses informed round 8)',
  fresh6: 'fresh6 (written blind by a sixth author; scored once (P 0.4545 R 0.80, PII 0.8421), then its misses informed round 10)',
  fresh7: 'fresh7 (written blind by a seventh author after round 10, without reading src/rules or src/redaction; scored once: P 0.8776 R 0.8958, PII 1.00; then its misses informed round 11)',
  fresh8: 'fresh8 (written blind by an eighth author at the same time as fresh7; scored once: P 0.9038 R 0.8704, PII 0.9545; then its misses informed round 11)',
  fresh9: 'fresh9 (written blind by a ninth author while round 11 was made; scored once: P 0.9474 R 0.8571, PII 1.00; then its misses informed round 12)',
  fresh10: 'fresh10 (written blind by a tenth author at the same time as fresh9; scored once: P 0.8889 R 0.7619, PII 0.9091; then its misses informed round 12)',
  fresh11: 'fresh11 (written blind by an eleventh author while round 12 was made; scored once: P 0.9706 R 0.75, PII 1.00; then its misses informed round 13)',
  fresh12: 'fresh12 (written blind by a twelfth author at the same time as fresh11; scored once: P 0.8936 R 0.913, PII 0.9474; then its misses informed round 13)',
  fresh13: 'fresh13 (written blind while round 13 was made: a random day of routine calls; scored once: P 0.8837 R 0.8261, PII 1.00; then its misses informed round 14)',
  fresh14: 'fresh14 (written blind at the same time: look-alike pairs and idioms; scored once: P 0.766 R 0.75, PII 0.9231; then its misses informed round 14)',
  fresh15: 'fresh15 (written blind while round 14 was made: a city commercial bank; scored once: P 0.9057 R 0.9057, PII 1.00; then its misses informed round 15)',
  fresh16: 'fresh16 (written blind at the same time: private and mass-market banking; scored once: P 0.8824 R 0.8491, PII 1.00; then its misses informed round 15)',
  fresh17: 'fresh17 (written blind while round 15 was made: a national contact centre; scored once: P 0.8889 R 0.8889, PII 1.00; now trains the second opinion)',
  fresh18: 'fresh18 (written blind at the same time: a QA lead\'s exam; scored once: P 0.9091 R 0.9091, PII 1.00; now trains the second opinion)',
  fresh19: 'fresh19 (written blind while the second opinion was built: rural and digital banks; scored once: P 0.8936 R 0.875; then round 16 and model training)',
  fresh20: 'fresh20 (written blind at the same time: a coastal city; scored once: P 0.8667 R 0.8864, PII 0.9444; then round 16 and model training)',
  fresh21: 'fresh21 (written blind while round 16 was made: a state-owned bank; scored once: P 0.8654 R 0.90, PII 1.00; then round 17 and model training)',
  fresh22: 'fresh22 (written blind at the same time: an internet bank, messy ASR; scored once: P 0.8113 R 0.9149, PII 0.95; then round 17 and model training)',
  fresh23: 'fresh23 (written blind while round 17 was made: an ordinary week; scored once: P 0.9268 R 0.9048, PII 1.00; then round 18 and model training)',
  fresh24: 'fresh24 (written blind at the same time: an audit sample; scored once: P 0.9167 R 0.9167, PII 1.00; then round 18 and model training)',
  fresh25: 'fresh25 (written blind while round 18 was made: a month sampled at random; scored once: P 0.898 R 0.9778, PII 1.00; then round 19 and model training)',
  fresh26: 'fresh26 (written blind at the same time: a bank after an IT merger; scored once: P 0.86 R 0.9556, PII 1.00; then round 19 and model training)',
  fresh27: 'fresh27 (written blind while round 19 was made: a retail hotline and wealth desk; scored once: P 0.8923 R 0.9206, PII 1.00; then round 20 and model training)',
  fresh28: 'fresh28 (written blind at the same time: a credit-card centre; scored once: P 0.8868 R 0.94, PII 1.00; then round 20 and model training)',
  fresh29: 'fresh29 (written blind while round 20 was made: SME and business banking; scored once: P 0.963 R 0.8667, PII 1.00; then round 21 and model training)',
  fresh30: 'fresh30 (written blind at the same time: a QA team\'s weekly random sample; scored once: P 0.9318 R 0.8542, PII 1.00; then round 21 and model training)',
  fresh31: 'fresh31 (written blind while round 21 was made: long multi-topic calls at a joint-stock bank; scored once: P 0.8923 R 0.9206, PII 0.9565; then round 22 and model training)',
  fresh32: 'fresh32 (written blind at the same time: Hong Kong, Taiwan, Singapore and expatriate callers; scored once: P 0.9219 R 0.9077, PII 0.9565; then round 22 and model training)',
  fresh33: 'fresh33 (written blind while round 22 was made: consumer finance and auto loans; scored once: P 0.9403 R 0.9545, PII 0.931; then round 23 and model training)',
  fresh34: 'fresh34 (written blind at the same time: the night and weekend shift; scored once: P 0.9355 R 0.9355, PII 0.9167; then round 23 and model training)',
  fresh35: 'fresh35 (written blind while round 23 was made: a rural and small-town bank; scored once: P 0.9508 R 0.9206, PII 1.00; then round 24 and model training)',
  fresh36: 'fresh36 (written blind at the same time: a digital-first bank, young callers; scored once: P 0.9643 R 0.90, PII 1.00; then round 24 and model training)',
  fresh37: 'fresh37 (written blind while round 24 was made: private banking and the premier desk; scored once: P 0.8704 R 0.9592, PII 0.9444; then round 25 and model training)',
  fresh38: 'fresh38 (written blind at the same time: a Monday after a weekend app outage; scored once: P 0.942 R 0.9155, PII 0.9655; then round 25 and model training)',
  fresh39: 'fresh39 (written blind while round 25 was made: bancassurance, pensions and mortgage servicing; scored once: P 0.9032 R 0.9333, PII 1.00; then round 26 and model training)',
  fresh40: 'fresh40 (written blind at the same time: a QA review\'s random 50, many of them subtle; scored once: P 0.9655 R 0.8889, PII 1.00; then round 26 and model training)',
  fresh41: 'fresh41 (written blind while round 26 was made: the outbound team and the calls that come back; scored once: P 0.8793 R 0.8095, PII 1.00; then round 27 and model training)',
  fresh42: 'fresh42 (written blind at the same time: the complaints and escalations team; scored once: P 0.8286 R 0.8657, PII 1.00; then round 27 and model training)',
  fresh43: 'fresh43 (written blind while round 27 was made: a typical Tuesday at a mid-size retail bank; scored once: P 0.9667 R 0.9355, PII 1.00; then round 28 and model training)',
  fresh44: 'fresh44 (written blind at the same time: migrant workers and small traders; scored once: P 1.00 R 0.9434, PII 0.9545; then round 28 and model training)',
  fresh45: 'fresh45 (written blind while round 28 was made: a product campaign week; scored once: P 0.9375 R 0.8182, PII 1.00; then round 29 and model training)',
  fresh46: 'fresh46 (written blind at the same time: difficult callers and corner-cutting agents; scored once: P 0.8923 R 0.9206, PII 0.9545; then round 29 and model training)',
  fresh47: 'fresh47 (written blind while round 29 was made: an ordinary Friday at a large bank; scored once: P 0.94 R 0.9216, PII 1.00; then round 30 and model training)',
  fresh48: 'fresh48 (written blind at the same time: a bank and its card arm across regions; scored once: P 0.9344 R 0.9194, PII 1.00; then round 30 and model training)',
  fresh49: 'fresh49 (written blind while round 30 was made: a card centre\'s instalment, overdue and activation lines; scored once: P 1.00 R 0.8913, PII 1.00; then round 31 and model training)',
  fresh50: 'fresh50 (written blind at the same time: elderly customers and their relatives; scored once: P 0.9111 R 0.9111, PII 1.00; then round 31 and model training)',
  fresh51: 'fresh51 (written blind while round 31 was made: a Greater Bay Area cross-border desk and expats; scored once: P 0.9643 R 0.90, PII 0.9375; then round 32 and model training)',
  fresh52: 'fresh52 (written blind at the same time: small-business owners and the self-employed; scored once: P 0.9302 R 0.9091, PII 1.00; then round 32 and model training)',
  fresh53: 'fresh53 (written blind while round 32 was made: a mobile-banking app helpdesk; scored once: P 0.9516 R 0.9672, PII 1.00; then round 33 and model training)',
  fresh54: 'fresh54 (written blind at the same time: mortgage and personal-loan servicing; scored once: P 0.8491 R 0.90, PII 1.00; then round 33 and model training)',
  fresh55: 'fresh55 (written blind while round 33 was made: outbound calls, collections to fraud callbacks; scored once: P 0.9412 R 0.9412, PII 1.00; then round 34 and model training)',
  fresh56: 'fresh56 (written blind at the same time: trainee agents and customers who know the rules; scored once: P 0.9362 R 0.9565, PII 1.00; then round 34 and model training)',
  fresh57: 'fresh57 (written blind while round 34 was made: a card disputes and chargebacks team; scored once: P 0.9434 R 0.9091, PII 1.00; then round 35 and model training)',
  fresh58: 'fresh58 (written blind at the same time: rural and small-town banking, Sichuan dialect and a farming county; scored once: P 0.9286 R 0.9455, PII 1.00; then round 35 and model training)',
  fresh59: 'fresh59 (written blind while round 35 was made: a private-banking concierge line; scored once: P 0.931 R 0.8438, PII 1.00; then round 36 and model training)',
  fresh60: 'fresh60 (written blind at the same time: a night and weekend skeleton shift; scored once: P 0.9608 R 0.9608, PII 1.00; then round 36 and model training)',
  fresh61: 'fresh61 (written blind while round 36 was made: a bancassurance and pension hotline; scored once: P 0.8776 R 0.9348, PII 1.00; then round 37 and model training)',
  fresh62: 'fresh62 (written blind at the same time: students and young professionals; scored once: P 0.9556 R 0.86, PII 1.00; then round 37 and model training)',
  fresh63: 'fresh63 (written blind while round 37 was made: a QA team\'s monthly random sample; scored once: P 0.9828 R 0.9194, PII 1.00; then round 38 and model training)',
  fresh64: 'fresh64 (written blind at the same time: an adversarial batch by a compliance trainer; scored once: P 0.9149 R 0.86, PII 1.00; then round 38 and model training)',
  fresh65: 'fresh65 (written blind while round 38 was made: a telco co-branded card and consumer-finance hotline; scored once: P 0.9792 R 0.9216, PII 1.00; then round 39 and model training)',
  fresh66: 'fresh66 (written blind at the same time: an e-commerce app\'s embedded banking partner; scored once: P 0.9815 R 0.9464, PII 1.00; then round 39 and model training)',
  fresh67: 'fresh67 (written blind while round 39 was made: an FX, remittance and cross-border payments desk; scored once: P 0.9074 R 0.9608, PII 1.00; then round 40 and model training)',
  fresh68: 'fresh68 (written blind at the same time: the day after a data-breach story; scored once: P 0.8871 R 0.9483, PII 1.00; then round 40 and model training)',
  fresh69: 'fresh69 (written blind while round 40 was made: an ordinary Thursday at a mid-sized bank; scored once: P 0.9667 R 0.9508, PII 1.00; then round 41 and model training)',
  fresh70: 'fresh70 (written blind at the same time: callers with accessibility and language needs; scored once: P 0.9524 R 0.9524, PII 0.9444; then round 41 and model training)',
  fresh71: 'fresh71 (written blind while round 41 was made: a Monday morning after a weekend outage; scored once: P 0.94 R 0.9216, PII 1.00; then round 42 and model training)',
  fresh72: 'fresh72 (written blind at the same time: an outsourced overflow line; scored once: P 0.9216 R 0.9792, PII 1.00; then round 42 and model training)',
  fresh73: 'fresh73 (written blind while round 42 was made: the year-end and Spring Festival peak; scored once: P 0.9672 R 0.9516, PII 1.00; then round 43 and model training)',
  fresh74: 'fresh74 (written blind at the same time: scam victims and distrustful callers; scored once: P 0.9194 R 0.9194, PII 1.00; then round 43 and model training)',
  fresh75: 'fresh75 (written blind while round 43 was made: the week after a bank merger and system migration; scored once: P 0.9483 R 0.9016, PII 1.00; then round 44 and model training)',
  fresh76: 'fresh76 (written blind at the same time: business banking, payroll and corporate cards; scored once: P 0.9623 R 0.8361, PII 1.00; then round 44 and model training)',
  fresh77: 'fresh77 (written blind while round 43 was made: the wealth hotline during a market slump; scored once: P 0.90 R 0.8852, PII 1.00; then round 45 and model training)',
  fresh78: 'fresh78 (written blind at the same time: young digital-native customers and gig workers; scored once: P 0.9683 R 0.9839, PII 1.00; then round 45 and model training)',
  fresh79: 'fresh79 (written blind while round 44 was made: collections and hardship; scored once: P 0.9592 R 0.8704, PII 1.00; then round 46 and model training)',
  fresh80: 'fresh80 (written blind at the same time: Singapore and Malaysia callers, Singlish and Southeast Asian Mandarin; scored once: P 0.9388 R 0.807, PII 0.875; then round 46 and model training)',
  fresh81: 'fresh81 (written blind while round 45 was made: medical emergencies, bereavement and powers of attorney; scored once: P 0.9016 R 0.9016, PII 1.00; then round 47 and model training)',
  fresh82: 'fresh82 (written blind at the same time: a typhoon night, branches closed and terminals down; scored once: P 0.9831 R 0.9063, PII 1.00; then round 47 and model training)',
  fresh83: 'fresh83 (written blind while round 46 was made: Northeastern/Beijing Mandarin and Australian/New Zealand English; scored once: P 0.9508 R 0.9355, PII 1.00; then round 48 and model training)',
  fresh84: 'fresh84 (written blind at the same time: mis-selling aftermath, cooling-off and surrender; scored once: P 0.8714 R 0.8714, PII 1.00; then round 48 and model training)',
  fresh85: 'fresh85 (written blind while round 47 was made: travel and rewards cards; scored once: P 0.9677 R 0.9375, PII 1.00; then round 49 and model training)',
  fresh86: 'fresh86 (written blind at the same time: families with children, parents and adult children; scored once: P 0.9219 R 0.9516, PII 1.00; then round 49 and model training)',
  fresh87: 'fresh87 (written blind while round 48 was made: an ordinary week at a mid-sized bank; scored once: P 1.00 R 0.9531, PII 1.00; then round 50 and model training)',
  fresh88: 'fresh88 (written blind at the same time: a QA team\'s difficult-calls training set; scored once: P 0.9344 R 0.9344, PII 1.00; then round 50 and model training)',
  fresh89: 'fresh89 (written blind while round 50 was made: a telecom and wallet payments hotline run with a bank; scored once: P 0.9672 R 0.9077, PII 1.00; then round 51 and model training)',
  fresh90: 'fresh90 (written blind at the same time: retired customers and pensions; scored once: P 0.8636 R 0.9048, PII 1.00; then round 51 and model training)',
  fresh91: 'fresh91 (written blind after round 51 was made: mortgages, home loans and property buyers; scored once: P 0.9697 R 1.00, PII 1.00; then round 52 and model training)',
  fresh92: 'fresh92 (written blind at the same time: small merchants, cross-border remittances, Hong Kong / Taiwan callers; scored once: P 0.9697 R 0.9412, PII 1.00; then round 52 and model training)',
  fresh93: 'fresh93 (written blind while round 52 was made: car loans, auto finance and bancassurance claims; scored once: P 0.9516 R 0.9672, PII 1.00; then round 53 and model training)',
  fresh94: 'fresh94 (written blind at the same time: frozen and restricted accounts, AML holds, court freezes; scored once: P 0.9808 R 0.9623, PII 1.00; then round 53 and model training)',
  fresh95: 'fresh95 (written blind while round 53 was made: a credit-card centre on a bad day, outages, instalments, fee disputes; scored once: P 0.9038 R 0.9216, PII 1.00; then round 54 and model training)',
  fresh96: 'fresh96 (written blind at the same time: outbound and callback calls, telemarketing, customers suspicious of the call; scored once: P 0.9811 R 0.9811, PII 1.00; then round 54 and model training)',
  fresh97: 'fresh97 (written blind while round 54 was made: private banking and high-net-worth clients; scored once: P 0.9048 R 0.9194, PII 1.00; then round 55 and model training)',
  fresh98: 'fresh98 (written blind at the same time: hard-of-hearing, relayed, talkative, dialect and non-native callers; scored once: P 1.00 R 1.00, PII 1.00; then round 55 and model training)',
  fresh99: 'fresh99 (written blind while round 55 was made: a rural and county-town branch network, farm loans, remittances home; scored once: P 0.9153 R 0.931, PII 1.00; then round 56 and model training)',
  fresh100: 'fresh100 (written blind at the same time: a QA supervisor\'s borderline calls, each close to a rule\'s edge; scored once: P 0.963 R 0.8667, PII 1.00; then round 56 and model training)',
  fresh101: 'fresh101 (written blind while round 55 was made: a digital-only bank and an internet bank, app features, robo-advice; scored once: P 0.9194 R 0.95, PII 0.947; then round 57 and model training)',
  fresh102: 'fresh102 (written blind at the same time: the day after a mis-selling scandal, defaulted product, worried callers; scored once: P 0.875 R 0.9423, PII 1.00; then round 57 and model training)',
  fresh103: 'fresh103 (written blind while round 56 was made: insurance and pension season, annuities, quarter-end sales targets; scored once: P 0.8545 R 0.9038, PII 1.00; then round 58 and model training)',
  fresh104: 'fresh104 (written blind at the same time: the night and weekend shift, lost cards at 3 a.m., callers abroad, very short calls; scored once: P 0.9565 R 0.9362, PII 1.00; then round 58 and model training)',
  fresh105: 'fresh105 (written blind while round 58 was made: an ordinary Tuesday at a regional city bank; scored once: P 0.9375 R 1.00, PII 1.00; then round 59 and model training)',
  fresh106: 'fresh106 (written blind at the same time: customers moving house, changing jobs, marrying or divorcing; scored once: P 0.9375 R 0.9184, PII 1.00; then round 59 and model training)',
  fresh107: 'fresh107 (written blind while round 59 was made: a credit-card collections and hardship desk, debt-relief agencies, payment plans; scored once: P 0.9385 R 0.9683, PII 1.00; then round 60 and model training)',
  fresh108: 'fresh108 (written blind at the same time: the year-end rush, bonuses, travel abroad, red envelopes, year-end sales targets; scored once: P 0.95 R 0.9344, PII 1.00; then round 60 and model training)',
  fresh109: 'fresh109 (written blind while round 60 was made: consumer credit with an e-commerce platform and a phone operator, buy-now-pay-later, co-branded cards, chargebacks; scored once: P 1.00 R 1.00, PII 1.00; then round 61 and model training)',
  fresh110: 'fresh110 (written blind at the same time: students and young adults, first cards, tuition abroad, parents calling, game top-ups, crypto curiosity; scored once: P 0.9655 R 0.9333, PII 1.00; then round 61 and model training)',
  fresh111: 'fresh111 (written blind while round 61 was made: the billing line a telecom operator runs with a partner bank, SIM-swap fraud, roaming disputes, handset instalments, bundled insurance; scored once: P 0.9394 R 1.00, PII 1.00; then round 62 and model training)',
  fresh112: 'fresh112 (written blind at the same time: one bad week after a core-banking migration, outages, duplicate debits, missing salaries, improvised promises; scored once: P 0.9821 R 0.9016, PII 1.00; then round 62 and model training)',
  fresh113: 'fresh113 (written blind while round 62 was made: the premium and VIP line, relationship managers covering clients, property purchases, family trusts, gold and FX, rules bent to please; scored once: P 0.9474 R 0.8852, PII 1.00; then round 63 and model training)',
  fresh114: 'fresh114 (written blind at the same time: farmers, shopkeepers and migrant workers at a provincial bank, harvest loans, subsidies, remittances, QR collections, heavy accents; scored once: P 0.9565 R 0.9167, PII 1.00; then round 63 and model training)',
  fresh115: 'fresh115 (written blind while round 63 was made: a bancassurance hotline, policy loans, surrenders, claims, savings-type insurance sold at branches, beneficiaries; scored once: P 0.9773 R 0.9348, PII 1.00; then round 64 and model training)',
  fresh116: 'fresh116 (written blind at the same time: trainee week, new agents forgetting steps and over-promising, a coach whispering corrections; scored once: P 0.8868 R 0.9216, PII 1.00; then round 64 and model training)',
  fresh117: 'fresh117 (written blind while round 64 was made: mortgage servicing and home equity, rate resets, arrears, remortgage offers, equity release pitched to retirees; scored once: P 0.9545 R 0.9545, PII 1.00; then round 65 and model training)',
  fresh118: 'fresh118 (written blind at the same time: a third party on the line, interpreters, carers, adult children, lawyers, a finance clerk calling about the boss; scored once: P 0.9615 R 0.9615, PII 1.00; then round 65 and model training)',
  fresh119: 'fresh119 (written blind while round 65 was made: small-business owners on the merchant line, card-terminal settlement delays, chargebacks, business loans, payroll runs; scored once: P 0.9362 R 0.9565, PII 1.00; then round 66 and model training)',
  fresh120: 'fresh120 (written blind at the same time: the overnight and holiday shift, elderly customers and their adult children, lost cards abroad, scam scares, pension arrivals; scored once: P 0.96 R 0.9412, PII 1.00; then round 66 and model training)',
  fresh121: 'fresh121 (written blind while round 66 was made: cross-border customers, students and expatriates remitting money, foreign-currency accounts, exchange quotas, SWIFT transfers held for checks; scored once: P 0.9388 R 0.9787, PII 1.00; then round 67 and model training)',
  fresh122: 'fresh122 (written blind at the same time: the outbound team, activation and overdue reminders, product follow-ups, surveys and fraud alerts to customers who did not expect the call; scored once: P 0.9107 R 0.9808, PII 1.00; then round 67 and model training)',
  fresh123: 'fresh123 (written blind while round 67 was made: card disputes and instalments after a shopping festival, merchant refunds not arrived, duplicate charges, limit increases, buy-now-pay-later confusion; scored once: P 0.9216 R 0.9792, PII 1.00; then round 68 and model training)',
  fresh124: 'fresh124 (written blind at the same time: a rural commercial bank in Fujian beside Hong Kong and Singapore branches, Hokkien and Cantonese words, Singlish, fishermen and hawkers, wealth sold to the newly well-off; scored once: P 0.9828 R 0.9344, PII 1.00; then round 68 and model training)',
  fresh125: 'fresh125 (written blind while round 68 was made: the week after a retailer data breach, mass card reissues, phishing texts and calls impersonating the bank, cards blocked while travelling, new-card PIN confusion; scored once: P 1.00 R 0.8868, PII 0.93; then round 69 and model training)',
  fresh126: 'fresh126 (written blind at the same time: branch closures in small towns, customers told to use the app, payroll and social-security cards, cash takings of small shops, agents overstepping; scored once: P 0.9123 R 0.963, PII 1.00; then round 69 and model training)',
  fresh127: 'fresh127 (written blind while round 69 was made: a private-banking and family-office desk, assistants and accountants calling, large transfers, trusts, insurance-wrapped investments, relationship managers under sales pressure; scored once: P 0.80 R 0.8525, PII 1.00; then round 70 and model training)',
  fresh128: 'fresh128 (written blind at the same time: a new speech-recognition vendor, transcripts full of ASR slips and homophones, numbers written every way, speakers cut off, crosstalk; scored once: P 0.902 R 0.9787, PII 1.00; then round 70 and model training)',
  fresh129: 'fresh129 (written blind while round 70 sat reverted: a pension and retirement desk, annuities, retirement drawdowns, elderly customers and their children, pension transfers; scored once: P 0.9661 R 0.95, PII 1.00; then round 71 and model training)',
  fresh130: 'fresh130 (written blind at the same time: auto loans and car dealers, dealer-arranged finance, early repayment, GPS and insurance bundles, repossession worries; scored once: P 0.9524 R 0.9524, PII 1.00; then round 71 and model training)',
  fresh131: 'fresh131 (written blind while round 71 was made: bereavement and estates, relatives and executors calling about a dead customer, frozen accounts, a dead parent still charged, joint accounts after divorce, powers of attorney and guardians; scored once: P 0.9811 R 0.963, PII 1.00; then round 72 and model training)',
  fresh132: 'fresh132 (written blind at the same time: gambling and crypto blocks, relatives of a problem gambler, pig-butchering and fake-refund scams, anti-fraud calls about held transfers; scored once: P 0.8868 R 1.00, PII 1.00; then round 72 and model training)',
  fresh133: 'fresh133 (written blind while round 72 was made: gig workers and freelancers, ride-hailing drivers and delivery riders, platform payouts late or split, irregular income, accounts flagged for many small transfers, income proof for loans; scored once: P 1.00 R 1.00, PII 1.00; then round 73 and model training)',
  fresh134: 'fresh134 (written blind at the same time: tax season and government payments, income-tax refunds to cards, social and medical insurance deductions, property and vehicle tax, tax-refund phishing, accountants and spouses calling; scored once: P 0.9783 R 0.9783, PII 0.9231; then round 73 and model training)',
  fresh135: 'fresh135 (written blind while round 73 was made: accessibility and assisted calls, hard-of-hearing customers, relay and sign-language interpreters, carers and social workers on the line, speech difficulties, blind customers; scored once: P 0.9661 R 0.9048, PII 1.00; then round 74 and model training)',
  fresh136: 'fresh136 (written blind at the same time: home renovation, weddings and big purchases, renovation loans and store instalment plans, contractor disputes, wedding spending on cards, year-end bonuses steered into products; scored once: P 0.9508 R 0.9355, PII 1.00; then round 74 and model training)',
  fresh137: 'fresh137 (written blind while round 74 was made: hospitals and medical bills, hospital deposits and card limits at the cashier, emergency transfers from relatives, medical instalment loans, insurance reimbursements, critical-illness policies; scored once: P 0.9655 R 0.918, PII 1.00; then round 75 and model training)',
  fresh138: 'fresh138 (written blind at the same time: lost phones, SIM swaps and account takeover, codes never requested, passwords changed by someone else, new devices bound, panicked night calls; scored once: P 0.9245 R 0.9245, PII 1.00; then round 75 and model training)',
  fresh139: 'fresh139 (written blind after round 74 was scored: premium credit cards and rewards, points redemption, lounge and travel-insurance benefits, annual fees after a free first year, upgrade pitches, cashback disputes; scored once: P 0.9831 R 0.8788, PII 1.00; then round 76 and model training)',
  fresh140: 'fresh140 (written blind at the same time: payment apps and subscriptions, cards bound to Alipay, WeChat Pay, Apple Pay and PayPal, forgotten auto-renewals, children buying in app stores, disputes bounced between bank and platform; scored once: P 0.8971 R 0.9531, PII 1.00; then round 76 and model training)',
  fresh141: 'fresh141 (written blind after round 75 was scored: migrant workers and rural customers, wage cards and remittances home, wage arrears, county branches, relatives calling on their behalf, dialect-tinged Mandarin and plain-spoken English; scored once: P 0.875 R 0.8936, PII 1.00; then round 77 and model training)',
  fresh142: 'fresh142 (written blind at the same time: students abroad and their parents, tuition and FX remittances, proof-of-funds deposits for visas, cards blocked overseas, wealth products pitched to fund study, education loans; scored once: P 0.898 R 0.8627, PII 1.00; then round 77 and model training)',
  fresh143: 'fresh143 (written blind after round 76 was scored: small-business owners, failed payroll runs, card terminals and settlement delays, QR-code collection accounts, business credit lines, accountants calling for the boss, month-end cash crunches; scored once: P 0.8095 R 0.7556, PII 1.00; then round 78 and model training)',
  fresh144: 'fresh144 (written blind at the same time: separating couples and joint accounts, accounts frozen or emptied by one party, maintenance transfers, a spouse removed from a card, shared mortgages, family power-of-attorney disputes; scored once: P 0.875 R 0.8571, PII 1.00; then round 78 and model training)',
  fresh145: 'fresh145 (written blind after round 77 was scored: bancassurance, participating and investment-linked policies, annuities, surrender values and early-surrender losses, renewal premiums debited from cards, policies sold as deposits; scored once: P 0.9259 R 0.9259, PII 1.00; then round 79 and model training)',
  fresh146: 'fresh146 (written blind at the same time: buying and renting homes, purchase deposits and supervised escrow funds, mortgage drawdowns, large transfers to developers blocked by limits, landlords, tenants and rent deposits, completion-day panic; scored once: P 0.90 R 0.9574, PII 1.00; then round 79 and model training)',
  fresh147: 'fresh147 (written blind after round 78 was scored: natural disasters, floods, typhoons and earthquakes, lost cards and documents, repayment deferrals and hardship relief, flood insurance claims, emergency cash and limit raises, branches closed by the storm; scored once: P 0.907 R 0.907, PII 1.00; then round 80 and model training)',
  fresh148: 'fresh148 (written blind at the same time: charities, clubs and community associations, treasurers and volunteers, signatory changes, donation refunds, homeowners associations, temple and church accounts, disputes between committee members; scored once: P 0.8364 R 0.9583, PII 1.00; then round 80 and model training)',
  fresh149: 'fresh149 (written blind after round 79 was scored: first jobs and young adults, a first salary and credit card, credit scores, buy-now-pay-later and online-lending debts, rent split with flatmates, parents calling about adult children; scored once: P 0.9535 R 0.9318, PII 1.00; then round 81 and model training)',
  fresh150: 'fresh150 (written blind at the same time: cross-border e-commerce sellers, marketplace payouts, FX conversion and settlement, merchant accounts frozen for review, supplier payments to factories, trade finance, sellers calling at odd hours; scored once: P 0.9149 R 0.8431, PII 1.00; then round 81 and model training)',
  fresh151: 'fresh151 (written blind after round 80 was scored: foreigners living and working in China, passports and residence permits as ID, RMB salary accounts, money sent home, visa expiry freezing accounts, interpreters and colleagues calling on their behalf; scored once: P 0.7959 R 0.8667, PII 1.00; then round 82 and model training)',
  fresh152: 'fresh152 (written blind at the same time: sudden windfalls, lottery wins, a house or a business sold, lump-sum payouts, wealth products and insurance pitched for the money, large transfers held for checks, anxious first-time investors; scored once: P 0.8519 R 0.9787, PII 1.00; then round 82 and model training)',
  fresh153: 'fresh153 (written blind after round 81 was scored: night-shift and weekend calls to a card centre, tired or drunk callers, late-night shopping, cards swallowed by ATMs, hotel and taxi charges, partners using each other\'s cards; scored once: P 0.9556 R 0.8958, PII 1.00; then round 83 and model training)',
  fresh154: 'fresh154 (written blind at the same time: a branch merger and system migration week, new account numbers and reissued cards, logins reset, standing orders lost in the migration, staff new to the system; scored once: P 1.00 R 0.80, PII 1.00; then round 83 and model training)',
  fresh155: 'fresh155 (written blind after round 82 was scored: government benefits and subsidies paid through the bank, pension top-ups, 低保 and disability allowances, farming and childcare subsidies, benefit cards, payments stopped or taken for a debt, carers calling for recipients; scored once: P 0.9318 R 0.82, PII 0.9167; then round 84 and model training)',
  fresh156: 'fresh156 (written blind at the same time: big-ticket purchases, jewellery, watches, cars, art auctions and wedding banquets, large card payments declined or held for fraud checks, temporary limit increases, instalments, buyer\'s remorse and disputes; scored once: P 0.8542 R 0.8542, PII 1.00; then round 84 and model training)',
  fresh157: 'fresh157 (written blind after round 83 was scored: parents of young children, childcare and school fees, children\'s savings and pocket-money cards, education insurance pitched to new parents, parental leave, grandparents\' gifts; scored once: P 0.8364 R 0.8846, PII 1.00; then round 85 and model training)',
  fresh158: 'fresh158 (written blind at the same time: drivers and transport workers, fuel cards, vehicle loans, toll and ETC deductions, fines paid by card, calls from the road on poor lines, logistics companies paying drivers; scored once: P 0.9362 R 1.00, PII 1.00; then round 85 and model training)',
  fresh159: 'fresh159 (written blind after round 84 was scored: farmers and rural customers, harvest, machinery and livestock loans, agricultural subsidies, crop and livestock insurance, co-operatives, village branches, relatives in the city calling for a parent; scored once: P 0.9592 R 0.9592, PII 1.00; then round 86 and model training)',
  fresh160: 'fresh160 (written blind at the same time: adult children caring for elderly parents, powers of attorney, care-home fees, a parent\'s medical bills, dementia, joint accounts, scams aimed at the elderly; scored once: P 0.90 R 0.9375, PII 1.00; then round 86 and model training)',
  fresh161: 'fresh161 (written blind after round 85 was scored: frequent travellers and holidaymakers, cards used and blocked abroad, foreign exchange and FX accounts, travel insurance with cards, lost cards overseas, airline and hotel charges, FX-linked wealth products; scored once: P 0.84 R 0.9545, PII 1.00; then round 87 and model training)',
  fresh162: 'fresh162 (written blind at the same time: teachers and school staff, salaries paid by the education bureau or district, summer pay gaps, teacher pensions and annuities, school-trip money on personal accounts, tutoring income, student loans; scored once: P 0.8776 R 0.9556, PII 1.00; then round 87 and model training)',
  fresh163: 'fresh163 (written blind after round 86 was scored: people who have just lost their jobs, severance and redundancy pay, missed loan and card payments, hardship plans and payment holidays, unemployment benefit, investments and policies cashed in early, products sold to the vulnerable; scored once: P 0.8913 R 0.9535, PII 1.00; then round 88 and model training)',
  fresh164: 'fresh164 (written blind at the same time: teenagers and children spending on their parents\' cards, online games and in-app purchases, livestream tipping, disputed charges, teen debit cards and pocket-money apps, parental limits, teenagers calling about their own accounts; scored once: P 0.9149 R 0.9149, PII 1.00; then round 88 and model training)',
  fresh165: 'fresh165 (written blind after round 87 was scored: healthcare workers calling between shifts, night-shift pay and overtime credited late, medical-school loans, professional indemnity insurance, salary advances, investment pitches to doctors; scored once: P 0.8723 R 1.00, PII 1.00; then round 89 and model training)',
  fresh166: 'fresh166 (written blind at the same time: seafarers and fishermen, months at sea, poor satellite lines, wages from manning agencies in foreign currency, remittances home, boat and vessel loans, fishing-season income, family managing the account; scored once: P 0.9333 R 0.913, PII 1.00; then round 89 and model training)',
  fresh167: 'fresh167 (written blind after round 88 was scored: gyms, fitness and subscriptions, fees charged after cancelling, prepaid training when a gym closes, recurring payments and cards on file, equipment instalments, sports clubs collecting fees; scored once: P 0.90 R 0.9574, PII 1.00; then round 90 and model training)',
  fresh168: 'fresh168 (written blind at the same time: retail investors and online traders, brokerage accounts linked to the card, margin calls, stock and fund losses, crypto purchases blocked, funds sold by the bank, portfolios moved elsewhere, hot-stock cold calls; scored once: P 0.7042 R 0.9434, PII 1.00; then round 90 and model training)',
  fresh169: 'fresh169 (written blind after round 89 was scored: the Lunar New Year and Christmas season, red packets and gifts by transfer, big family transfers, year-end bonuses, travel home, festival shopping, temporary limit raises, holiday deposit and wealth promotions; scored once: P 0.8704 R 0.9792, PII 1.00; then round 91 and model training)',
  fresh170: 'fresh170 (written blind at the same time: customers in debt and arrears, overdue cards and loans, repayment and hardship plans, collection calls from the bank and from agencies, credit-report marks, settlements, ashamed, angry or desperate callers; scored once: P 0.8846 R 0.9583, PII 1.00; then round 91 and model training)',
  fresh171: 'fresh171 (written blind after round 90 was scored: military and service personnel and their families, deployments abroad, allowances and pay, spouses managing accounts, relocations, veterans\' pensions, service members\' loans and savings schemes; scored once: P 0.907 R 0.8864, PII 1.00; then round 92 and model training)',
  fresh172: 'fresh172 (written blind at the same time: musicians, artists and online creators with irregular income, royalties and streaming payouts from abroad, crowdfunding and tips, platform payouts held, gear on instalments, tax-time savings, investment pitches after a hit; scored once: P 0.9388 R 0.9583, PII 1.00; then round 92 and model training)',
  fresh173: 'fresh173 (written blind after round 91 was scored: small landlords, rent collected from tenants, deposits held and returned, buy-to-let mortgages and remortgaging, bounced tenant payments, letting agents, property-linked wealth products; scored once: P 0.8936 R 0.9545, PII 1.00; then round 93 and model training)',
  fresh174: 'fresh174 (written blind at the same time: university students at home, campus cards, part-time pay, tuition and dorm fees, student credit cards and loan apps, parents topping up, scams aimed at students, first investment products; scored once: P 0.913 R 0.913, PII 1.00; then round 93 and model training)',
  fresh175: 'fresh175 (written blind after round 92 was scored: small restaurants and food stalls, card terminals and QR payments, daily takings settled late, supplier payments and staff wages, equipment loans, a few savings and investment calls; scored once: P 0.8936 R 0.9545, PII 1.00; then round 94 and model training)',
  fresh176: 'fresh176 (written blind at the same time: the newly retired, first pension payments, lump sums, downsizing, investment offers and scams aimed at retirees, helping grandchildren; scored once: P 0.8723 R 1.00, PII 1.00; then round 94 and model training)',
  fresh177: 'fresh177 (written blind after round 93 was scored: pet owners and small veterinary clinics, vet bills and payment plans, pet insurance premiums, clinic card terminals, breeders and online pet sellers, savings goals; scored once: P 0.86 R 0.9348, PII 1.00; then round 95 and model training)',
  fresh178: 'fresh178 (written blind at the same time: cross-border commuters, Shenzhen–Hong Kong, Singapore–Johor and Ireland–Northern Ireland, wages in one currency spent in another, exchange fees, two bank accounts, cards declined abroad, tax residency; scored once: P 0.898 R 0.9778, PII 1.00; then round 95 and model training)',
  fresh179: 'fresh179 (written blind after round 94 was scored: amateur sports clubs and coaches, membership fees collected, club accounts with two signatories, tournament travel, sponsorship money, kit suppliers, treasurers handing over; scored once: P 0.88 R 0.9565, PII 1.00; then round 96 and model training)',
  fresh180: 'fresh180 (written blind at the same time: domestic helpers and the families who employ them, monthly wages, money sent home, standing orders, agency fees, helpers\' first accounts and savings, contract endings; scored once: P 0.9333 R 0.9545, PII 1.00; then round 96 and model training)',
  fresh181: 'fresh181 (written blind after round 95 was scored: people moving countries, returning overseas Chinese and emigrants, savings moved home or abroad, accounts left behind closed or kept, foreign pensions paid in, currency conversion, proof of funds letters; scored once: P 0.9556 R 0.9773, PII 1.00; then round 97 and model training)',
  fresh182: 'fresh182 (written blind at the same time: hairdressers, barbers and beauty salons, prepaid membership cards sold to clients, card terminals, shop rent, staff commissions, equipment loans, clients\' chargebacks; scored once: P 0.9167 R 0.9565, PII 1.00; then round 97 and model training)',
  fresh183: 'fresh183 (written blind after round 96 was scored: fishermen, fish farmers and seafood traders, seasonal income, boat and equipment loans, fuel cards, wholesale market payments, typhoon season and insurance claims; scored once: P 0.8696 R 0.8696, PII 1.00; then round 98 and model training)',
  fresh184: 'fresh184 (written blind at the same time: carers of a family member with a long-term illness, hospital deposits, medical crowdfunding, power of attorney and third-party mandates, critical illness claims, loans for treatment, spending limits; scored once: P 0.9184 R 0.9574, PII 1.00; then round 98 and model training)',
  fresh185: 'fresh185 (written blind after round 97 was scored: guesthouse, B&B and homestay owners, booking platform payouts, guests\' deposits and damage charges, foreign guests\' cards, seasonal loans, investment offers after a good year; scored once: P 0.9783 R 0.9783, PII 1.00; then round 99 and model training)',
  fresh186: 'fresh186 (written blind at the same time: low-paid workers, security guards, cleaners and delivery riders, overdrafts, late salary, small savings, payday-loan apps, fees that hurt, rent day, products they do not need; scored once: P 0.84 R 0.913, PII 1.00; then round 99 and model training)',
  fresh187: 'fresh187 (written blind after round 98 was scored: gold and jewellery, shop owners and buyers, high-value card payments, gold savings accounts and gold investment products, bars sold by the bank, price swings, wedding gold, pawned jewellery; scored once: P 0.7407 R 0.9302, PII 1.00; then round 100 and model training)',
  fresh188: 'fresh188 (written blind at the same time: concerts, festivals and events, organisers and ticket buyers, cancelled events and refunds, resale scams, chargebacks, venue deposits, sponsorship income; scored once: P 0.9375 R 0.9783, PII 1.00; then round 100 and model training)',
  fresh189: 'fresh189 (written blind after round 99 was scored: start-up founders and small tech companies, seed funding from abroad, payroll, company cards, foreign exchange, wealth products pitched after a funding round, a failed company\'s accounts closed; scored once: P 0.9167 R 0.9565, PII 1.00; then round 101 and model training)',
  fresh190: 'fresh190 (written blind at the same time: subscriptions and recurring payments, free trials turned into charges, unknown recurring charges, cancelling direct debits and standing orders, auto-renewing memberships, merchants that will not stop charging; scored once: P 0.8679 R 0.9787, PII 1.00; then round 101 and model training)',
  fresh191: 'fresh191 (written blind after round 100 was scored: credit records and credit repair, reports checked and disputed, loans refused over an old overdue, debt-settlement firms promising to clean records, loans taken out in a stolen identity, no-overdue certificates; scored once: P 0.8545 R 0.9592, PII 1.00; then round 102 and model training)',
  fresh192: 'fresh192 (written blind at the same time: older customers learning mobile banking, first use of the app, locked out after wrong passwords, face recognition failing, grandchildren helping, fear of scams, wanting a person at the branch, transfer limits; scored once: P 0.9756 R 0.9302, PII 1.00; then round 102 and model training)',
  fresh193: 'fresh193 (written blind after round 101 was scored: wedding and funeral gifts in cash, large deposits after a wedding, gift money split between families, gifts from relatives abroad, investment pitches to newlyweds; scored once: P 0.8776 R 0.9149, PII 1.00; then round 103 and model training)',
  fresh194: 'fresh194 (written blind at the same time: self-employed plumbers, electricians and builders, customers paying late, materials on credit cards, van loans, invoices paid twice, homeowners\' deposits, tax-time savings; scored once: P 0.9302 R 0.9524, PII 1.00; then round 103 and model training)',
  fresh195: 'fresh195 (written blind after round 102 was scored: self-employed tutors, music teachers and driving instructors, lesson fees by transfer and QR, parents paying late, cancelled-lesson refunds, a car or piano on a loan, savings and investment pitches; scored once: P 0.913 R 0.9333, PII 1.00; then round 104 and model training)',
  fresh196: 'fresh196 (written blind at the same time: wallets and phones lost or stolen, cards blocked and reissued, unknown transactions afterwards, e-wallets on the phone, emergency cash, travel insurance, police reports; scored once: P 0.9268 R 0.8837, PII 1.00; then round 104 and model training)',
  fresh197: 'fresh197 (written blind after round 103 was scored: neighbourhood shops and convenience stores, daily takings deposited, QR settlement, supplier invoices, shoplifting and fake notes, shop-front loans, insurance and wealth products sold at the branch; scored once: P 0.9149 R 0.9149, PII 1.00; then round 105 and model training)',
  fresh198: 'fresh198 (written blind at the same time: adult children handling a parent\'s banking after a move into a care home, third-party access, the family home sold, care-home fees, the parent\'s savings and investments reviewed, scammers; scored once: P 0.8261 R 0.9048, PII 1.00; then round 105 and model training)',
  fresh199: 'fresh199 (written blind after round 104 was scored: freelance photographers, videographers and wedding vendors, client deposits and cancellations, equipment on cards and loans, payments from abroad, chargebacks over delivered work, irregular income; scored once: P 0.902 R 1.00, PII 1.00; then round 106 and model training)',
  fresh200: 'fresh200 (written blind at the same time: a first credit card, limits and increases, interest-free periods misunderstood, minimum payments, annual fees, instalment plans, late fees, cards cancelled; scored once: P 0.9583 R 0.9388, PII 1.00; then round 106 and model training)',
  fresh201: 'fresh201 (written blind after round 105 was scored: pharmacy and small clinic owners, card terminals, insurance and 医保 reimbursements arriving late, medicine suppliers, equipment leases, staff wages, patients disputing charges; scored once: P 0.9184 R 0.90, PII 1.00; then round 107 and model training)',
  fresh202: 'fresh202 (written blind at the same time: saving for and paying school and university fees, education savings plans pitched, tuition paid abroad, instalments, scholarships, refunds when a course is dropped; scored once: P 0.9744 R 0.9048, PII 1.00; then round 107 and model training)',
  fresh203: 'fresh203 (written blind after round 106 was scored: musicians, actors and other performing artists, irregular gig income, instruments on loans and cards, tours abroad, venues and promoters who pay late; scored once: P 0.9565 R 0.9565, PII 1.00; then round 108 and model training)',
  fresh204: 'fresh204 (written blind at the same time: proof of funds and bank letters for visas, study permits and immigration, deposit certificates, frozen balances, statements and translations, embassies and visa centres; scored once: P 0.898 R 0.9167, PII 1.00; then round 108 and model training)',
  fresh205: 'fresh205 (written blind after round 107 was scored: online shop and livestream sellers, platform settlements and withdrawals held, customer refunds and chargebacks, QR collection, working-capital loans, fees; scored once: P 0.9057 R 0.9412, PII 1.00; then round 109 and model training)',
  fresh206: 'fresh206 (written blind at the same time: customers with hearing, sight or speech difficulties and their helpers, relay services, a relative speaking for them, large print, talking ATMs, power of attorney, accessible cards; scored once: P 0.9512 R 0.8667, PII 1.00; then round 109 and model training)',
  fresh207: 'fresh207 (written blind after round 108 was scored: family-run factories and workshops, export orders and letters of credit, supplier payments, workers\' payroll, equipment loans, foreign-exchange receipts; scored once: P 0.9184 R 0.9783, PII 1.00; then round 110 and model training)',
  fresh208: 'fresh208 (written blind at the same time: couples newly married or moving in together, joint accounts, adding a spouse, name changes, combined savings, a first home deposit, honeymoon spending, wedding loans; scored once: P 0.8333 R 0.9524, PII 1.00; then round 110 and model training)',
  fresh209: 'fresh209 (written blind after round 109 was scored: property management and homeowners\' associations, service-charge collections, repair funds, contractor payments, deposits held, residents\' disputes, community accounts; scored once: P 0.90 R 0.9574, PII 1.00; then round 111 and model training)',
  fresh210: 'fresh210 (written blind at the same time: a new job or self-employment, salary accounts moved, income proof for loans, pension transfers, severance payouts, new business accounts, insurance and investments offered on the side; scored once: P 0.9362 R 0.9565, PII 1.00; then round 111 and model training)',
  fresh211: 'fresh211 (written blind after round 110 was scored: transport and logistics small businesses, truck owners and couriers, fuel cards, vehicle loans, tolls and fines, cross-border freight payments, drivers\' wages; scored once: P 0.8868 R 0.9792, PII 1.00; then round 112 and model training)',
  fresh212: 'fresh212 (written blind at the same time: grandparents managing money for grandchildren, gifts, education savings, children\'s accounts and pocket-money cards, scams aimed at grandparents, wills and inheritance; scored once: P 0.8958 R 0.9556, PII 1.00; then round 112 and model training)',
  fresh213: 'fresh213 (written blind after round 111 was scored: patients of clinics, dentists and beauty clinics paying by instalments, medical loans, prepaid treatment packages, refunds when treatment is cancelled, insurance claims, card disputes; scored once: P 0.898 R 0.9167, PII 1.00; then round 113 and model training)',
  fresh214: 'fresh214 (written blind at the same time: treasurers of temples, churches, mosques, clan and festival committees, donations, signatory changes, cash counted at the branch, reserves invested; scored once: P 0.9556 R 0.9556, PII 1.00; then round 113 and model training)',
  fresh215: 'fresh215 (written blind after round 112 was scored: hospitality and tourism workers paid in tips and seasonal wages, hotel staff and tour guides, cash and foreign-currency tips, off-season loans, savings products offered; scored once: P 0.8864 R 0.9512, PII 1.00; then round 114 and model training)',
  fresh216: 'fresh216 (written blind at the same time: people recovering from identity theft and account takeover, accounts and loans opened in their name, credit reports, passwords reset, cards reissued, compensation; scored once: P 0.95 R 0.8636, PII 1.00; then round 114 and model training)',
  fresh217: 'fresh217 (written blind after round 113 was scored: amateur and professional sportspeople and coaches, sponsorship and prize money from abroad, equipment on finance, injury insurance claims, club fees, a signing bonus invested; scored once: P 0.9574 R 0.9574, PII 1.00; then round 115 and model training)',
  fresh218: 'fresh218 (written blind at the same time: night-market, street-food and market-stall traders, cash-heavy takings and coin deposits, QR payments, daily micro-loans, stall rent, counterfeit notes, savings for children; scored once: P 0.9545 R 0.9767, PII 1.00; then round 115 and model training)',
  fresh219: 'fresh219 (written blind after round 114 was scored: rural and small-town customers at village outlets and agents, pensions collected for elderly parents, remittances from children in cities, crop-season loans, mobile banking learned late, rumours about the bank; scored once: P 0.9783 R 0.9574, PII 1.00; then round 116 and model training)',
  fresh220: 'fresh220 (written blind at the same time: software developers and remote tech workers paid by foreign clients, USD and EUR invoices and platform payouts, conversion fees, share options and RSUs, crypto, tax residency, investments pitched; scored once: P 0.9318 R 0.9535, PII 1.00; then round 116 and model training)',
  fresh221: 'fresh221 (written blind after round 115 was scored: people caring for a disabled child or adult relative, benefit payments, trust and guardianship accounts, equipment loans, carers\' wages, insurance, savings plans pitched; scored once: P 0.90 R 0.9574, PII 1.00; then round 117 and model training)',
  fresh222: 'fresh222 (written blind at the same time: car buyers and owners, dealer finance and trade-ins, car loans paid off early, insurance excess refunds, parking and toll disputes, a car sold privately and paid by transfer; scored once: P 0.9184 R 0.9783, PII 1.00; then round 117 and model training)',
  fresh223: 'fresh223 (written blind after round 116 was scored: beekeepers, florists and garden-centre owners, seasonal takings, equipment leases, crop and stock insurance, supplier disputes, cash-flow loans, savings products pitched; scored once: P 0.9091 R 0.9524, PII 1.00; then round 118 and model training)',
  fresh224: 'fresh224 (written blind at the same time: university staff and researchers, grants paid in, conference travel cards, visiting scholars\' accounts, salary in two currencies, research-funding scams, pensions and investments; scored once: P 0.9111 R 0.9762, PII 1.00; then round 118 and model training)',
  fresh225: 'fresh225 (written blind after round 117 was scored: home renovation and decoration, renovation loans and instalments, contractors and furniture stores paid in stages, disputes with decorators, deposits for materials, insurance pitched alongside; scored once: P 0.9535 R 0.9762, PII 1.00; then round 119 and model training)',
  fresh226: 'fresh226 (written blind at the same time: hair and beauty salon owners and their customers, prepaid membership cards, card-terminal takings, salons closing with customers\' prepaid balances, staff commissions, small business loans, treatments paid in instalments; scored once: P 0.9167 R 0.9362, PII 1.00; then round 119 and model training)',
  fresh227: 'fresh227 (written blind after round 118 was made: airline cabin crew and pilots, pay in several currencies, overseas card use and blocks, allowances, relocating between bases, training-bond loans, investments pitched to well-paid crew; scored once: P 0.9333 R 0.9545, PII 1.00; then round 120 and model training)',
  fresh228: 'fresh228 (written blind at the same time: tenants and renters, rent paid by standing order, deposits held by landlords and agencies, rent loans and rent-instalment apps, disputes with letting agents, moving house and changing address; scored once: P 0.9375 R 1.00, PII 1.00; then round 120 and model training)',
  fresh229: 'fresh229 (written blind after round 118 was scored: households installing solar panels, heat pumps and EV chargers, green loans and instalments, installer disputes and deposits, subsidies and feed-in payments, green bonds and ESG funds pitched; scored once: P 0.9348 R 0.9149, PII 1.00; then round 121 and model training)',
  fresh230: 'fresh230 (written blind at the same time: childcare providers and kindergarten owners, fee collection by direct debit, parents\' prepaid fees, staff wages, equipment and premises loans, a kindergarten closing, parents calling about fees taken; scored once: P 0.9245 R 0.98, PII 1.00; then round 121 and model training)',
  fresh231: 'fresh231 (written blind after round 119 was scored: online shoppers and parcels, customs duties and courier fees charged to cards, parcel-delivery scam texts, refunds from couriers and overseas shops, foreign-currency charges, buy-now-pay-later, shopping-card cashback pitched; scored once: P 0.9231 R 0.9231, PII 0.9167; then round 122 and model training)',
  fresh232: 'fresh232 (written blind at the same time: small law firms, accountants and bookkeepers, client money and escrow accounts, fee payments from clients, tax payments made for clients, payroll bureau runs, a client\'s payment gone to the wrong account, investments pitched to the partners; scored once: P 0.8846 R 0.9388, PII 1.00; then round 122 and model training)',
  fresh233: 'fresh233 (written blind after round 120 was scored: art galleries, antique dealers and collectors, high-value transfers for artworks, auction deposits and refunds, payments held for checks, buyers abroad, art and collectibles pitched as investments; scored once: P 0.9111 R 0.9762, PII 1.00; then round 123 and model training)',
  fresh234: 'fresh234 (written blind at the same time: wine, tea and liquor shops, festival gift-box sales, card-terminal takings, counterfeit-goods disputes and chargebacks, prepaid gift cards, stock loans before the holidays, customers calling about charges from these shops; scored once: P 0.9524 R 0.9302, PII 1.00; then round 123 and model training)',
  fresh235: 'fresh235 (written blind after round 121 was scored: travel agencies and tour operators and their customers, group-tour deposits, cancelled trips and refunds, foreign currency for tours, travel insurance pitched, agencies going bust, payments to overseas hotels; scored once: P 0.88 R 0.9362, PII 1.00; then round 124 and model training)',
  fresh236: 'fresh236 (written blind at the same time: recyclers, scrap-metal dealers and second-hand traders, cash-heavy takings, large transfers held for anti-money-laundering checks, frozen or restricted accounts, buyers paying by transfer, equipment loans, savings products pitched; scored once: P 0.95 R 0.8837, PII 1.00; then round 124 and model training)',
  fresh237: 'fresh237 (written blind after round 122 was scored: dental clinics and their patients, orthodontic and implant treatment paid in instalments, clinic prepayments, dental insurance claims, clinic card-terminal takings, a clinic closing mid-treatment, equipment loans for dentists; scored once: P 0.8864 R 0.9070, PII 1.00; then round 125 and model training)',
  fresh238: 'fresh238 (written blind at the same time: printing shops, sign makers and small advertising agencies, client deposits, suppliers paid in advance, invoice fraud by a fake change of bank details, business credit cards and overdrafts, investments pitched to the owners; scored once: P 0.9565 R 1.00, PII 1.00; then round 125 and model training)',
  fresh239: 'fresh239 (written blind after round 124 was scored: hotel, restaurant and bar staff paid partly in cash and tips, shift wages, card tips paid out by employers, short-term loans between paydays, visa workers sending money home, savings and insurance pitched; scored once: P 0.9787 R 0.9583, PII 1.00; then round 126 and model training)',
  fresh240: 'fresh240 (written blind at the same time: small construction subcontractors and site foremen, paying crews, progress payments held up, wage arrears, equipment hire and loans, guarantees and bonds for tenders, investments pitched; scored once: P 0.875 R 0.98, PII 1.00; then round 126 and model training)',
  fresh241: 'fresh241 (written blind after round 125 was scored: households with a family member in hospital or long-term care in another city or abroad, money sent to hospitals, medical crowdfunding received, insurance claims, loans for treatment, relatives using accounts with permission, insurance and savings pitched; scored once: P 0.9231 R 0.9796, PII 1.00; then round 127 and model training)',
  fresh242: 'fresh242 (written blind at the same time: second-hand car and motorbike dealers and private sellers, buyers paying by transfer, fake payment screenshots, deposits for vehicles, dealer floor-plan loans, chargebacks on card deposits, savings products pitched; scored once: P 0.9362 R 1.00, PII 1.00; then round 127 and model training)',
  fresh243: 'fresh243 (written blind after round 126 was scored: music schools, instrument shops and artists\' studios, lesson fees prepaid by parents, instrument loans and instalments, a music school closing, equipment insurance, royalties from abroad, investments pitched; scored once: P 0.9388 R 0.9787, PII 1.00; then round 128 and model training)',
  fresh244: 'fresh244 (written blind at the same time: fishermen\'s wives, market greengrocers and butchers, cash takings banked daily, QR-code payments, counterfeit notes, stall loans, wholesale suppliers paid by transfer, savings pitched to market traders; scored once: P 0.90 R 0.9574, PII 1.00; then round 128 and model training)',
  fresh245: 'fresh245 (written blind after round 127 was scored: funeral homes, funeral florists and families arranging funerals, deposits for services, a deceased parent\'s card still charged, insurance payouts, prepaid funeral plans, savings pitched to the bereaved; scored once: P 0.9565 R 0.9167, PII 0.8333; then round 129 and model training)',
  fresh246: 'fresh246 (written blind at the same time: language schools, tutoring centres and private tutors, parents\' prepaid course packages, a centre closing, tutors paid by transfer, tuition abroad, education savings and investments pitched; scored once: P 0.9556 R 0.9348, PII 1.00; then round 129 and model training)',
  fresh247: 'fresh247 (written blind after round 128 was scored: car repair garages, tyre shops, body shops and mechanics, suppliers paid by transfer, repairs paid by card, insurance work, card terminals at the garage, investments pitched; scored once: P 0.9388 R 0.9787, PII 1.00; then round 130 and model training)',
  fresh248: 'fresh248 (written blind at the same time: domestic helpers, nannies and cleaners and the agencies that place them, wages paid to helpers, agency fees, employers sending money, helpers sending money home; scored once: P 0.9535 R 0.9535, PII 1.00; then round 130 and model training)',
  fresh249: 'fresh249 (written blind after round 129 was scored: mobile phone shops, repair stalls and electronics resellers, stock bought from suppliers, customers paying by instalments, trade-ins, card terminals, refunds for faulty devices; scored once: P 0.94 R 0.9592, PII 1.00; then round 131 and model training)',
  fresh250: 'fresh250 (written blind at the same time: removal companies, self-storage and people moving house, deposits and moving-day payments, storage rent by direct debit, damaged goods, addresses changed with the bank; scored once: P 0.9362 R 1.00, PII 1.00; then round 131 and model training)',
  fresh251: 'fresh251 (written blind after round 130 was scored: bakeries, cake shops and event caterers, custom-order deposits, cancelled weddings and parties, card terminals, flour and ingredient suppliers, equipment loans; scored once: P 0.9130 R 0.9130, PII 1.00; then round 132 and model training)',
  fresh252: 'fresh252 (written blind at the same time: petrol stations, car washes and parking operators and their customers, fuel cards, pre-authorisation holds at the pump, parking fines paid by card, monthly parking direct debits, station owners\' loans; scored once: P 0.9302 R 0.9524, PII 1.00; then round 132 and model training)',
  fresh253: 'fresh253 (written blind after round 131 was scored: bicycle shops, e-bike and scooter sellers and their customers, instalment purchases, battery recalls and refunds, bike-sharing deposits, shop owners\' stock loans, card terminals; scored once: P 0.9318 R 0.9318, PII 1.00; then round 133 and model training)',
  fresh254: 'fresh254 (written blind at the same time: concert, cinema and theatre tickets, ticket resellers and event organisers, cancelled shows, ticket refunds, resale scams, organisers\' takings and deposits, card chargebacks; scored once: P 0.9167 R 0.9565, PII 1.00; then round 133 and model training)',
  fresh255: 'fresh255 (written blind after round 132 was scored: pawnshops, second-hand luxury bag and watch dealers and their customers, pawn loans repaid by transfer, authenticity disputes, large card payments flagged as fraud, dealers\' business accounts, investments pitched; scored once: P 0.9216 R 0.9792, PII 1.00; then round 134 and model training)',
  fresh256: 'fresh256 (written blind at the same time: franchise owners of milk-tea shops, convenience stores and fast-food outlets, franchise fees, start-up loans, daily takings, franchisor deductions, staff wages, a franchise going bust; scored once: P 0.8478 R 0.975, PII 1.00; then round 134 and model training)',
  fresh257: 'fresh257 (written blind after round 133 was scored: laundromats and dry cleaners and their customers, damaged garments and compensation, coin and card machines, prepaid laundry cards, equipment leases, shop owners\' loans; scored once: P 0.9574 R 0.9783, PII 1.00; then round 135 and model training)',
  fresh258: 'fresh258 (written blind at the same time: taxi and ride-hailing drivers, platform payouts, car rental from fleet companies deducted weekly, fuel and charging costs, traffic fines, passengers\' chargebacks, car loans; scored once: P 0.9388 R 0.9583, PII 1.00; then round 135 and model training)',
  fresh259: 'fresh259 (written blind after round 134 was scored: school canteen and uniform suppliers, school-bus operators and the parents who pay them, termly fees by direct debit, refunds when a term is cut short, suppliers\' invoices, small business loans; scored once: P 0.9773 R 0.9773, PII 1.00; then round 136 and model training)',
  fresh260: 'fresh260 (written blind at the same time: IT freelancers, app developers and small software studios, clients abroad paying in foreign currency, platform payouts, cloud subscriptions, a client who will not pay, equipment loans, investments pitched to high earners; scored once: P 0.9388 R 0.9583, PII 1.00; then round 136 and model training)',
  fresh261: 'fresh261 (written blind after round 135 was scored: furniture and appliance shops and their customers, buy-now-pay-later and instalment plans, delivery deposits, faulty fridges and sofas, shop owners\' supplier payments and stock loans; scored once: P 1.00 R 1.00, PII 1.00; then round 137 and model training)',
  fresh262: 'fresh262 (written blind at the same time: retired people living on pensions and their adult children helping them, pension credits, scam calls, powers of attorney, savings and annuities pitched, direct debits for care and utilities, a parent\'s card used by a child; scored once: P 0.8864 R 0.8864, PII 1.00; then round 137 and model training)',
  fresh263: 'fresh263 (written blind after round 136 was scored: small hotels and holiday lets, their guests and hosts, booking deposits, no-show charges, card pre-authorisations, platform payouts, damage deposits, owners\' mortgages and renovation loans; scored once: P 0.9375 R 0.9574, PII 1.00; then round 138 and model training)',
  fresh264: 'fresh264 (written blind at the same time: nurses, carers and care-home staff working shifts and through agencies, agency pay, overtime paid late, salary advances, childcare costs, savings and insurance pitched to them; scored once: P 0.9362 R 0.9778, PII 1.00; then round 138 and model training)',
  fresh265: 'fresh265 (written blind after round 137 was scored: hardware stores, building-materials suppliers and the tradespeople who buy from them, trade accounts, bulk card payments, deliveries paid by transfer, supplier credit, equipment loans; scored once: P 0.8846 R 0.9388, PII 1.00; then round 139 and model training)',
  fresh266: 'fresh266 (written blind at the same time: university students and their parents, tuition and rent, student loans and overdrafts, part-time wages, money sent from home, scams aimed at students, savings pitched to parents; scored once: P 0.9792 R 0.9592, PII 1.00; then round 139 and model training)',
  fresh267: 'fresh267 (written blind after round 138 was scored: opticians, hearing-aid and mobility-aid shops and their older customers, instalments for hearing aids, deposits on glasses, small shops\' card terminals, children paying for parents, refunds for returned devices; never tuned or trained on)',
  fresh268: 'fresh268 (written blind at the same time: car rental, car-sharing and leasing customers, deposits held on credit cards, damage and fuel charges, traffic fines passed on, lease payments by direct debit, rentals abroad; never tuned or trained on)',
};

function selectedSplits(argv: string[]): Split[] {
  const named: string[] = [];
  argv.forEach((a, i) => {
    if (a === '--set') named.push(...(argv[i + 1] ?? '').split(','));
    else if (a.startsWith('--set=')) named.push(...a.slice('--set='.length).split(','));
  });
  if (named.length === 0) return [...SPLITS];
  for (const n of named) {
    if (!(SPLITS as readonly string[]).includes(n)) throw new Error(`Expected one of ${SPLITS.join(', ')} for --set but received ${JSON.stringify(n)}`);
  }
  return SPLITS.filter((s) => named.includes(s));
}

function summaryOf(r: SplitReport) {
  const perRule = Object.fromEntries(Object.entries(r.perRule).map(([id, c]) => [id, { tp: c.tp, fp: c.fp, fn: c.fn, precision: round(c.precision), recall: round(c.recall) }]));
  return { calls: r.calls, precision: round(r.precision), recall: round(r.recall), pii_recall: round(r.piiRecall), pii_precision: round(r.piiPrecision), pii_spans: r.piiExpected, rules: perRule };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const pack = defaultRulePack();
  const splits = selectedSplits(argv);
  const calls = new Map<Split, CorpusCall[]>(splits.map((s) => [s, loadCorpus(s)]));
  const reports = new Map<Split, SplitReport>();
  for (const [s, c] of calls) if (c.length > 0) reports.set(s, evaluateSplit(pack, c));
  for (const [s, r] of reports) process.stdout.write(`${table(SPLIT_TITLE[s], r)}\n\n`);

  const heldout = calls.get('heldout') ?? [];
  if (heldout.length > 0) {
    // Batch A (h-*) was written before any tuning; batch E (he-*) before the fourth tuning round.
    const batchA = evaluateSplit(pack, heldout.filter((c) => c.id.startsWith('h-')));
    const batchE = evaluateSplit(pack, heldout.filter((c) => c.id.startsWith('he-')));
    process.stdout.write(`held-out batch A (pre-tuning): ${batchA.calls} calls, P ${round(batchA.precision)} R ${round(batchA.recall)}\n`);
    process.stdout.write(`held-out batch E (written before the fourth tuning round): ${batchE.calls} calls, P ${round(batchE.precision)} R ${round(batchE.recall)}\n`);
  }

  const unseenSplits = UNSEEN_SPLITS.filter((s) => (calls.get(s) ?? []).length > 0);
  const unseen = unseenSplits.flatMap((s) => calls.get(s) ?? []);
  const headline = evaluateSplit(pack, unseen);
  const basis = unseenSplits.length > 0 ? unseenSplits.join('+') : 'none selected';
  process.stdout.write(`HEADLINE (unseen calls only: ${basis}; dev and the tuned-on fresh sets excluded): ${headline.calls} calls, P ${round(headline.precision)} R ${round(headline.recall)}, PII recall ${round(headline.piiRecall)}\n`);

  const engine = measureAlertLatency(pack, [...calls.values()].flat());
  // The capture server's info lines (listening, bridge registered) are noise here; warnings still show.
  setLogSink((line) => {
    if (!/"level":"(debug|info)"/.test(line)) process.stderr.write(line + '\n');
  });
  const latency = await measureGrpcAlertLatency([...calls.values()].flat(), { pack });
  process.stdout.write(`alert latency end to end (gRPC client over loopback → capture server → alert back on the stream): ${latency.samples} alerting segments, p50 ${latency.p50Ms.toFixed(2)} ms, p95 ${latency.p95Ms.toFixed(2)} ms, max ${latency.maxMs.toFixed(2)} ms\n`);
  process.stdout.write(`alert latency, rule engine only (push → hits): ${engine.samples} segments, p50 ${engine.p50Ms.toFixed(3)} ms, p95 ${engine.p95Ms.toFixed(3)} ms\n`);
  if (args.has('--verbose')) {
    // --dev-errors lists dev mistakes only: what tuning may look at.
    const shown = [...reports].filter(([s]) => !args.has('--dev-errors') || s === 'dev');
    for (const [name, r] of shown) {
      for (const e of r.errors) process.stdout.write(`${name} ${e.error} ${e.call} ${e.rule}\n`);
      for (const e of r.piiMissed) process.stdout.write(`${name} pii-missed ${e.call} ${e.text}\n`);
      for (const e of r.piiSpurious) process.stdout.write(`${name} pii-spurious ${e.call} ${e.text}\n`);
    }
  }
  const audio = args.has('--audio') ? await runAudioCalls() : undefined;
  if (audio) process.stdout.write(`${audio.summary}\n`);
  const summary = {
    headline: { basis, calls: headline.calls, precision: round(headline.precision), recall: round(headline.recall), pii_recall: round(headline.piiRecall) },
    precision: round(headline.precision),
    recall: round(headline.recall),
    pii_recall: round(headline.piiRecall),
    alert_p95_ms: round(latency.p95Ms),
    alert_p50_ms: round(latency.p50Ms),
    alert_samples: latency.samples,
    alert_latency_path: 'grpc-loopback-end-to-end',
    alert_engine_p95_ms: round(engine.p95Ms),
    calls: [...calls.values()].reduce((n, c) => n + c.length, 0),
    sets: Object.fromEntries([...reports].map(([s, r]) => [s, summaryOf(r)])),
    ...(audio ? { audio_calls: { calls: audio.calls.length, precision: round(audio.precision), recall: round(audio.recall), pii_audio_masked: audio.piiMasked, pii_audio_spans: audio.calls.reduce((n, c) => n + c.piiAudio.length, 0), talk_time_error: round(audio.talkError) } } : {}),
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval:qa failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
