// "Synthèse du jour": one hotline's (or every hotline's) figures for a day, with the metric
// definitions of DESIGN.md beside each figure, two charts and the CSV exports.
import { api, currentUser, element, fillCsrfFields } from '/assets/numvert-session.js';
import * as echarts from '/assets/vendor/echarts/echarts.esm.min.js';

const DEFINITIONS = {
  offered: "Appels entrés dans la file d'un groupe (un appel débordé vers un autre groupe compte dans les deux).",
  answered: 'Appels décrochés par un conseiller.',
  serviceLevel: 'Répondus dans le seuil T du groupe (20 s par défaut) ÷ (répondus + abandons après 5 s).',
  asa: "Délai moyen de réponse : attente moyenne des appels répondus.",
  aht: 'Durée moyenne de traitement : conversation, attente et post-appel, par appel traité.',
  abandonRate: 'Abandons (hors abandons courts) ÷ offerts (hors abandons courts).',
  shortAbandoned: "Raccroché dans les 5 s après l'entrée en file : exclus du niveau de service et du taux d'abandon.",
  callbacks: 'Demandés : le client a choisi d\u2019être rappelé. Effectués : un conseiller a lancé le rappel.',
};

const percent = value => value === null || value === undefined ? '—'
  : (value * 100).toLocaleString('fr-FR', {maximumFractionDigits: 1}) + ' %';
const seconds = value => value === null || value === undefined ? '—'
  : value.toLocaleString('fr-FR', {maximumFractionDigits: 1}) + ' s';
const count = value => (value || 0).toLocaleString('fr-FR');

function today() {
  const parts = new Intl.DateTimeFormat('fr-CA', {timeZone: 'Europe/Paris'}).format(new Date());
  return parts.slice(0, 10);
}

function figure(name, value, definition) {
  const box = element('div', undefined, {class: 'figure'});
  box.append(element('dt', name), element('dd', value, {class: 'value'}),
    element('dd', definition, {class: 'definition'}));
  return box;
}

function renderFigures(total) {
  const list = document.getElementById('figures');
  list.replaceChildren(
    figure('Offerts', count(total.offered), DEFINITIONS.offered),
    figure('Répondus', count(total.answered), DEFINITIONS.answered),
    figure('Niveau de service', percent(total.serviceLevel), DEFINITIONS.serviceLevel),
    figure('ASA', seconds(total.asa), DEFINITIONS.asa),
    figure('DMT (AHT)', seconds(total.aht), DEFINITIONS.aht),
    figure("Taux d'abandon", percent(total.abandonRate), DEFINITIONS.abandonRate),
    figure('Abandons courts', count(total.shortAbandoned), DEFINITIONS.shortAbandoned),
    figure('Rappels demandés / effectués', count(total.callbacks) + ' / ' + count(total.callbacksMade),
      DEFINITIONS.callbacks));
}

const charts = {};

function chart(id) {
  if (!charts[id]) {
    charts[id] = echarts.init(document.getElementById(id), null, {renderer: 'canvas'});
    window.addEventListener('resize', () => charts[id].resize());
  }
  return charts[id];
}

function hourLabel(iso) {
  return iso.slice(11, 16);
}

function renderCharts(hours) {
  const labels = hours.map(h => hourLabel(h.start));
  chart('calls-chart').setOption({
    tooltip: {trigger: 'axis'},
    legend: {data: ['Offerts', 'Répondus', 'Abandonnés']},
    xAxis: {type: 'category', data: labels},
    yAxis: {type: 'value', minInterval: 1},
    series: [
      {name: 'Offerts', type: 'bar', data: hours.map(h => h.offered)},
      {name: 'Répondus', type: 'bar', data: hours.map(h => h.answered)},
      {name: 'Abandonnés', type: 'bar', data: hours.map(h => h.abandoned)},
    ],
  }, true);
  chart('sl-chart').setOption({
    tooltip: {trigger: 'axis'},
    legend: {data: ['Niveau de service (%)', 'ASA (s)']},
    xAxis: {type: 'category', data: labels},
    yAxis: [{type: 'value', min: 0, max: 100, name: '%'}, {type: 'value', min: 0, name: 's'}],
    series: [
      {name: 'Niveau de service (%)', type: 'line', data: hours.map(h => h.serviceLevel === null ? null : h.serviceLevel * 100)},
      {name: 'ASA (s)', type: 'line', yAxisIndex: 1, data: hours.map(h => h.asa)},
    ],
  }, true);
}

function renderExports(date, hotline) {
  const query = 'from=' + date + '&to=' + date + (hotline ? '&hotline=' + encodeURIComponent(hotline) : '');
  const links = [
    ['Appels du jour (une ligne par appel)', '/api/calls?format=csv&' + query],
    ['Groupes, par quart d\u2019heure', '/api/reports/groups?format=csv&interval=15m&' + query],
    ['Lignes, par heure', '/api/reports/hotlines?format=csv&interval=1h&' + query],
    ['Agents, par heure', '/api/reports/agents?format=csv&interval=1h&from=' + date + '&to=' + date],
    ['Journal au format queue_log d\u2019Asterisk', '/api/reports/queue-log?from=' + date + '&to=' + date],
  ];
  document.getElementById('exports').replaceChildren(...links.map(([text, href]) => {
    const item = element('li');
    item.append(element('a', text, {href}));
    return item;
  }));
}

function renderHotlines(hotlines, chosen) {
  const select = document.getElementById('hotline');
  const all = element('option', 'Toutes les lignes', {value: ''});
  select.replaceChildren(all, ...hotlines.map(h => element('option', h, {value: h})));
  select.value = chosen || '';
}

async function show(date, hotline) {
  const message = document.getElementById('message');
  message.hidden = true;
  try {
    const query = '?date=' + date + (hotline ? '&hotline=' + encodeURIComponent(hotline) : '');
    const summary = await api('GET', '/api/reports/summary' + query);
    renderHotlines(summary.hotlines, hotline);
    renderFigures(summary.total);
    renderCharts(summary.hours);
    renderExports(date, hotline);
    document.body.dataset.loaded = date;
  } catch (error) {
    message.textContent = 'Chiffres indisponibles : ' + error.message;
    message.hidden = false;
  }
}

async function start() {
  await currentUser();
  await fillCsrfFields(document);
  const params = new URLSearchParams(location.search);
  const date = params.get('date') || today();
  const hotline = params.get('hotline') || '';
  document.getElementById('day').value = date;
  document.getElementById('choice').addEventListener('submit', event => {
    event.preventDefault();
    const chosenDate = document.getElementById('day').value;
    const chosenHotline = document.getElementById('hotline').value;
    history.replaceState(null, '', '/reports?date=' + chosenDate + (chosenHotline ? '&hotline=' + encodeURIComponent(chosenHotline) : ''));
    show(chosenDate, chosenHotline);
  });
  await show(date, hotline);
}

start();
