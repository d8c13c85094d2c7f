// The classroom page: the feed of /events, drawn as it comes. Everything a peer sent is
// put in as text (textContent), never as markup.
'use strict';

(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const CELL = 32;
  const HEIGHT = 32;
  const MOST_CARDS = 200;
  const MOST_HELD = 500;

  const feed = document.getElementById('feed');
  const notice = document.getElementById('notice');
  const pause = document.getElementById('pause');
  const lineCode = document.getElementById('line-code');
  const counts = document.getElementById('counts');
  const signals = new WeakMap();
  const held = [];
  let words = {};
  let paused = false;
  let lost = 0;

  function word(key, ...values) {
    let text = words[key] || '';
    values.forEach((value, index) => {
      text = text.split('{' + index + '}').join(String(value));
    });
    return text;
  }

  function element(tag, className, text) {
    const made = document.createElement(tag);
    if (className) {
      made.className = className;
    }
    if (text !== undefined) {
      made.textContent = text;
    }
    return made;
  }

  function showWords() {
    document.documentElement.lang = words.lang || 'pt-BR';
    document.title = word('title');
    document.getElementById('title').textContent = word('title');
    document.getElementById('lead').textContent = word('lead');
    document.getElementById('line-code-label').textContent = word('line-code');
    document.getElementById('legend-check').textContent = word('legend.check');
    document.getElementById('legend-flipped').textContent = word('legend.flipped');
    document.getElementById('legend-corrected').textContent = word('legend.corrected');
    document.getElementById('waiting').textContent = word('waiting');
    pause.textContent = word('pause');
  }

  function signal(frame, index, bits) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'signal');
    svg.setAttribute('viewBox', '0 0 ' + bits * CELL + ' ' + HEIGHT);
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('vector-effect', 'non-scaling-stroke');
    path.setAttribute('d', frame.signal[lineCode.value][index]);
    signals.set(path, { paths: frame.signal, index: index });
    svg.append(path);
    return svg;
  }

  function bitsOf(frame) {
    const drawn = element('div', 'frame');
    const check = new Set(frame.checkBits);
    const flipped = new Set(frame.flipped);
    const corrected = new Set(frame.corrected);
    let position = 0;
    frame.groups.forEach((group, index) => {
      const box = element('div', 'group');
      const row = element('div', 'bits');
      for (const digit of group) {
        const bit = element('span', 'bit', digit);
        bit.dataset.position = String(position);
        const marks = [];
        const told = [];
        if (check.has(position)) {
          bit.classList.add('check');
          told.push(word('legend.check'));
        }
        if (flipped.has(position)) {
          bit.classList.add('flipped');
          marks.push('\u00d7');
          told.push(word('legend.flipped'));
        }
        if (corrected.has(position)) {
          bit.classList.add('corrected');
          marks.push('\u2713');
          told.push(word('legend.corrected'));
        }
        if (marks.length > 0) {
          bit.append(element('span', 'mark', marks.join('')));
        }
        if (told.length > 0) {
          bit.title = told.join(', ');
        }
        row.append(bit);
        position++;
      }
      box.append(row, signal(frame, index, group.length));
      drawn.append(box);
    });
    if (frame.cut) {
      drawn.append(element('p', 'cut', word('cut', position, frame.totalBits)));
    }
    return drawn;
  }

  function messageCard(message) {
    const card = element('article', 'event message ' + message.direction);
    card.append(element('h2', 'who', word(message.direction === 'in' ? 'from' : 'to', message.who)));
    card.append(element('p', 'text', message.text));
    message.notes.forEach((note) => card.append(element('p', 'note', note)));
    card.append(bitsOf(message.frame));
    return card;
  }

  function noiseCard(noise) {
    const card = element('article', 'event noise');
    card.append(element('p', 'line', noise.line));
    card.append(bitsOf(noise.frame));
    return card;
  }

  function lineCard(kind, view) {
    const card = element('article', 'event ' + kind);
    card.append(element('p', 'line', view.line));
    return card;
  }

  function show(card) {
    if (paused) {
      held.push(card);
      if (held.length > MOST_HELD) {
        held.shift();
        lost++;
      }
      notice.textContent = word('paused', held.length);
      return;
    }
    const waiting = document.getElementById('waiting');
    if (waiting) {
      waiting.remove();
    }
    feed.prepend(card);
    while (feed.children.length > MOST_CARDS) {
      feed.lastElementChild.remove();
    }
  }

  function showCounts(now) {
    for (const key of ['open', 'opened', 'closed', 'refused', 'received', 'sent', 'rejected']) {
      let pair = counts.querySelector('[data-count="' + key + '"]');
      if (!pair) {
        pair = element('div', 'count');
        pair.dataset.count = key;
        pair.append(element('dt', '', word('counts.' + key)), element('dd', ''));
        counts.append(pair);
      }
      pair.querySelector('dd').textContent = String(now[key]);
    }
  }

  function listen() {
    const source = new EventSource('events');
    const on = (kind, handle) => source.addEventListener(kind, (event) => handle(JSON.parse(event.data)));
    on('message', (message) => show(messageCard(message)));
    on('noise', (noise) => show(noiseCard(noise)));
    on('rejected', (view) => show(lineCard('rejected', view)));
    on('connection', (view) => show(lineCard('connection', view)));
    on('refused', (view) => show(lineCard('refused', view)));
    on('counts', showCounts);
    on('lost', (missed) => {
      notice.textContent = word('lost', missed.count);
    });
    source.addEventListener('open', () => {
      if (notice.textContent === word('offline')) {
        notice.textContent = '';
      }
    });
    source.addEventListener('error', () => {
      notice.textContent = word('offline');
    });
  }

  pause.addEventListener('click', () => {
    paused = !paused;
    pause.setAttribute('aria-pressed', String(paused));
    pause.textContent = word(paused ? 'resume' : 'pause');
    if (paused) {
      notice.textContent = word('paused', 0);
      return;
    }
    notice.textContent = (lost > 0) ? word('lost', lost) : '';
    lost = 0;
    held.splice(0).forEach(show);
  });

  lineCode.addEventListener('change', () => {
    for (const path of feed.querySelectorAll('.signal path')) {
      const drawn = signals.get(path);
      if (drawn) {
        path.setAttribute('d', drawn.paths[lineCode.value][drawn.index]);
      }
    }
  });

  fetch('texts')
    .then((response) => response.json())
    .then((loaded) => {
      words = loaded;
      showWords();
    })
    .finally(listen);
}());
