// Today's 15-minute intervals of a group, or of a hotline's groups added up (GET
// /api/groups/{id}/intervals): calls offered, answered and abandoned, and the service level
// against its goal. ECharts (served from its WebJar) draws on a canvas; its tooltips are drawn on
// the canvas too ("richText"), as HTML tooltips would need inline styles that the CSP forbids.
import * as echarts from '/assets/vendor/echarts.js';
import { api } from '/assets/numvert-session.js';
import { combineFigures, hotlineOrder } from '/assets/wallboard-tiles.js';
import { percent, timeOfDay } from '/assets/format.js';

const $ = id => document.getElementById(id);
const REFRESH_MILLIS = 60_000;

export class IntervalCharts {
  constructor() {
    this.volume = echarts.init($('chart-volume'), null, {renderer: 'canvas'});
    this.sl = echarts.init($('chart-sl'), null, {renderer: 'canvas'});
    this.scopes = new Map();
    this.loadedAt = 0;
    $('chart-scope').addEventListener('change', () => this.load());
    window.addEventListener('resize', () => {
      this.volume.resize();
      this.sl.resize();
    });
  }

  /** The choices: each hotline (its groups) and each group; keeps the current choice. */
  setScopes(groups, hotlineLabels) {
    const select = $('chart-scope');
    const chosen = select.value;
    this.scopes.clear();
    const options = [];
    hotlineOrder([...new Set(groups.map(g => g.hotline))], hotlineLabels).forEach(hotline => {
      const members = groups.filter(g => g.hotline === hotline);
      if (members.length > 1) {
        this.scopes.set('hotline:' + hotline, {groups: members, goal: Math.max(...members.map(g => g.serviceLevelGoal))});
        options.push(new Option('Ligne ' + (hotlineLabels[hotline] || hotline), 'hotline:' + hotline));
      }
      members.forEach(g => {
        this.scopes.set('group:' + g.id, {groups: [g], goal: g.serviceLevelGoal});
        options.push(new Option('\u2003' + g.label, 'group:' + g.id));
      });
    });
    const key = options.map(o => o.value).join();
    if (key !== this.scopeKey) {
      this.scopeKey = key;
      select.replaceChildren(...options);
      select.value = this.scopes.has(chosen) ? chosen : (options[0] ? options[0].value : '');
    }
  }

  /** Reloads at most once a minute when pushed snapshots arrive (intervals move slowly). */
  refreshIfStale() {
    if (Date.now() - this.loadedAt >= REFRESH_MILLIS) {
      this.load();
    }
  }

  async load() {
    const scope = this.scopes.get($('chart-scope').value);
    if (!scope) {
      return;
    }
    this.loadedAt = Date.now();
    const answers = await Promise.all(scope.groups.map(g =>
      api('GET', `/api/groups/${encodeURIComponent(g.id)}/intervals`)));
    const byStart = new Map();
    answers.flatMap(a => a.intervals).forEach(i => byStart.set(i.from, [...(byStart.get(i.from) || []), i]));
    const starts = [...byStart.keys()].sort((a, b) => a - b);
    this.draw(starts.map(from => ({from, ...combineFigures(byStart.get(from))})), scope.goal);
  }

  draw(intervals, goal) {
    const labels = intervals.map(i => timeOfDay(i.from));
    const total = combineFigures(intervals);
    $('chart-volume').setAttribute('aria-label', `Appels par quart d'heure aujourd'hui : ${total.offered} proposés,`
      + ` ${total.answered} répondus, ${total.abandoned} abandonnés.`);
    $('chart-sl').setAttribute('aria-label', `Niveau de service par quart d'heure : ${percent(total.serviceLevel)}`
      + ` sur la journée, objectif ${percent(goal)}.`);
    const common = {
      animation: false,
      grid: {left: 48, right: 16, top: 36, bottom: 28},
      tooltip: {trigger: 'axis', renderMode: 'richText'},
      xAxis: {type: 'category', data: labels},
    };
    this.volume.setOption({...common,
      title: {text: 'Appels', textStyle: {fontSize: 14}},
      legend: {top: 4, right: 8},
      yAxis: {type: 'value', minInterval: 1},
      series: [
        {name: 'Proposés', type: 'bar', data: intervals.map(i => i.offered), itemStyle: {color: '#5b7083'}},
        {name: 'Répondus', type: 'bar', data: intervals.map(i => i.answered), itemStyle: {color: '#1b6e3a'}},
        {name: 'Abandonnés', type: 'bar', data: intervals.map(i => i.abandoned), itemStyle: {color: '#a4161a'}},
      ]}, true);
    this.sl.setOption({...common,
      title: {text: 'Niveau de service (%)', textStyle: {fontSize: 14}},
      yAxis: {type: 'value', min: 0, max: 100},
      series: [{name: 'SL', type: 'line', connectNulls: false, itemStyle: {color: '#005f73'},
        data: intervals.map(i => (i.serviceLevel === null ? null : Math.round(i.serviceLevel * 100))),
        markLine: {symbol: 'none', label: {formatter: 'objectif {c} %', position: 'insideEndTop'}, lineStyle: {color: '#a4161a', type: 'dashed'},
          data: [{yAxis: Math.round(goal * 100)}]}}]}, true);
  }
}
