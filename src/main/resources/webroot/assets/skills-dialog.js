// Changing an agent's skill groups and proficiencies (PUT /api/agents/{id}/skills, the full map;
// takes effect at once in the routing). Groups this supervisor does not oversee are not listed
// and are kept as they are.
import { api, element } from '/assets/numvert-session.js';

const $ = id => document.getElementById(id);

export class SkillsDialog {
  constructor(announce) {
    this.announce = announce;
    this.agent = null;
    this.groups = [];
    this.opener = null;
    $('skills-form').addEventListener('submit', event => {
      event.preventDefault();
      this.save();
    });
    $('skills-cancel').addEventListener('click', () => $('skills-dialog').close());
    $('skills-dialog').addEventListener('close', () => this.opener && this.opener.focus());
  }

  /** The groups this supervisor oversees: [{id, label}]. */
  setGroups(groups) {
    this.groups = groups;
  }

  open(agent) {
    this.agent = agent;
    this.opener = document.activeElement;
    $('skills-title').textContent = `Groupes de ${agent.name}`;
    $('skills-message').hidden = true;
    $('skills-rows').replaceChildren(...this.groups.map(group => this.row(group, agent.skills[group.id])));
    $('skills-dialog').showModal();
  }

  row(group, level) {
    const tr = element('tr', null, {'data-group': group.id});
    const member = element('input', null, {type: 'checkbox', id: 'skill-' + group.id,
      'aria-label': `Membre du groupe ${group.label}`});
    member.checked = level !== undefined;
    const select = element('select', null, {'aria-label': `Niveau dans le groupe ${group.label}`});
    [1, 2, 3, 4, 5].forEach(n => select.append(element('option', String(n), {value: String(n)})));
    select.value = String(level || 3);
    select.disabled = !member.checked;
    member.addEventListener('change', () => { select.disabled = !member.checked; });
    const name = element('td');
    name.append(element('label', group.label, {for: 'skill-' + group.id}));
    const box = element('td');
    box.append(member);
    const levelCell = element('td');
    levelCell.append(select);
    tr.append(name, box, levelCell);
    return tr;
  }

  async save() {
    const skills = {...this.agent.skills};
    $('skills-rows').querySelectorAll('tr').forEach(tr => {
      const group = tr.dataset.group;
      if (tr.querySelector('input').checked) {
        skills[group] = Number(tr.querySelector('select').value);
      } else {
        delete skills[group];
      }
    });
    try {
      await api('PUT', `/api/agents/${encodeURIComponent(this.agent.id)}/skills`, {skills});
      $('skills-dialog').close();
      this.announce(`Groupes de ${this.agent.name} enregistrés.`);
    } catch (error) {
      $('skills-message').textContent = 'Refusé : ' + error.message;
      $('skills-message').hidden = false;
    }
  }
}
