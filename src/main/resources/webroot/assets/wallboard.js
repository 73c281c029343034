// The supervisor wallboard (/wallboard): tiles per hotline and group, the agent board, the day's
// charts and crisis mode, kept live by the wallboard stream (GET /api/stream/wallboard).
import { api } from '/assets/numvert-session.js';
import { initHeader } from '/assets/page-header.js';
import { ServerClock, startTicking } from '/assets/format.js';
import { openStream } from '/assets/live-stream.js';
import { renderTiles } from '/assets/wallboard-tiles.js';
import { AgentBoard } from '/assets/agent-board.js';
import { SkillsDialog } from '/assets/skills-dialog.js';
import { CrisisPanel } from '/assets/crisis-panel.js';
import { IntervalCharts } from '/assets/interval-chart.js';

const $ = id => document.getElementById(id);

function announce(text) {
  $('board-message').textContent = text;
  $('board-message').hidden = false;
  $('polite-announcer').textContent = text;
}

const me = await initHeader();
const site = await api('GET', '/api/site');
const hotlines = Object.fromEntries(site.hotlines.map(h => [h.id, h.label]));
const clock = new ServerClock();
startTicking(clock);
const skills = new SkillsDialog(announce);
const board = new AgentBoard($('agents'), site.supervision, {announce, editSkills: agent => skills.open(agent)});
const crisis = new CrisisPanel(me, announce);
const charts = new IntervalCharts();
let snapshots = 0;

openStream('/api/stream/wallboard', 'wallboard', snapshot => {
  clock.sync(snapshot.now);
  renderTiles($('tiles'), snapshot, hotlines);
  board.render(snapshot.agents);
  skills.setGroups(snapshot.groups.map(g => ({id: g.id, label: g.label})));
  charts.setScopes(snapshot.groups, hotlines);
  charts.refreshIfStale();
  crisis.limitTo(new Set(snapshot.groups.map(g => g.hotline)));
  snapshots += 1;
  document.body.dataset.snapshots = String(snapshots);
}, $('stream-status'));
await crisis.load();
document.body.dataset.ready = 'true';
