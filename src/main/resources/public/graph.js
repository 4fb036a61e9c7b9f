// The graph view: draws the neighbourhood the page names (data attributes on #graph), fetched
// from the JSON API, with Cytoscape.js. Clicking a concept opens its page. Filters re-submit the
// form, so the server stays the one place that decides what a view shows.
(function () {
  'use strict';

  var box = document.getElementById('graph');
  var form = document.getElementById('graph-controls');
  var status = document.getElementById('graph-status');

  if (form) {
    form.querySelectorAll('select, input[type=checkbox]').forEach(function (el) {
      el.addEventListener('change', function () { form.submit(); });
    });
  }
  if (!box || typeof window.cytoscape !== 'function') {
    return;
  }

  // Cytoscape injects an inline <style> unless an element with this id exists; the CSP forbids
  // inline styles, and style.css already holds the one rule it would add.
  if (!document.getElementById('__________cytoscape_stylesheet')) {
    var marker = document.createElement('meta');
    marker.id = '__________cytoscape_stylesheet';
    document.head.appendChild(marker);
  }

  var colours = {};
  document.querySelectorAll('#graph-legend [data-type]').forEach(function (li) {
    colours[li.getAttribute('data-type')] = li.getAttribute('data-colour');
  });

  var params = new URLSearchParams();
  params.set('depth', box.getAttribute('data-depth'));
  params.set('types', box.getAttribute('data-types'));
  if (box.getAttribute('data-deck')) {
    params.set('deck', box.getAttribute('data-deck'));
  }

  say('Loading…');
  fetch('/api/concepts/' + encodeURIComponent(box.getAttribute('data-focus')) + '/graph?' + params.toString(),
        { headers: { Accept: 'application/json' } })
    .then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) { throw new Error(body.error || response.statusText); }
        return body;
      });
    })
    .then(draw)
    .catch(function (e) { say('The graph could not be loaded: ' + e.message); });

  function say(text) {
    if (status) { status.textContent = text; }
  }

  function draw(graph) {
    var elements = graph.nodes.map(function (n) {
      return { data: { id: n.id, label: n.name, depth: n.depth }, classes: n.id === graph.center ? 'center' : '' };
    }).concat(graph.edges.map(function (e, i) {
      return { data: { id: 'e' + i, source: e.source, target: e.target, type: e.type, label: e.order ? String(e.order) : '' } };
    }));
    var cy = window.cytoscape({
      container: box,
      elements: elements,
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        { selector: 'node', style: {
          'background-color': '#8fa3c2', 'label': 'data(label)', 'font-size': 12, 'color': '#1d2430',
          'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': 130,
          'width': 18, 'height': 18, 'text-background-color': '#fbfcfe', 'text-background-opacity': 0.8,
          'text-background-padding': 1 } },
        { selector: 'node.center', style: { 'background-color': '#f2b01e', 'width': 30, 'height': 30, 'font-weight': 'bold' } },
        { selector: 'node:active, node:selected', style: { 'overlay-opacity': 0.15 } },
        { selector: 'edge', style: {
          'width': 2.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 1.1,
          'line-color': function (e) { return colours[e.data('type')] || '#888'; },
          'target-arrow-color': function (e) { return colours[e.data('type')] || '#888'; },
          'label': 'data(label)', 'font-size': 10, 'text-background-color': '#fff', 'text-background-opacity': 1 } }
      ],
      layout: {
        name: 'concentric', animate: false, minNodeSpacing: 70, avoidOverlap: true, spacingFactor: 1.1,
        concentric: function (n) { return 10 - n.data('depth'); },
        levelWidth: function () { return 1; }
      }
    });
    if (cy.zoom() > 1.3) {
      cy.zoom(1.3);
      cy.center();
    }
    cy.on('tap', 'node', function (evt) {
      window.location.href = '/concepts/' + encodeURIComponent(evt.target.id());
    });
    cy.on('mouseover', 'node', function () { box.classList.add('pointing'); });
    cy.on('mouseout', 'node', function () { box.classList.remove('pointing'); });
    window.crmgraphView = cy;
    box.setAttribute('data-ready', 'true');
    say(graph.nodes.length + ' concepts, ' + graph.edges.length + ' relations' +
        (graph.truncated ? ' (the view is capped; narrow the filters to see the rest)' : '') +
        '. Click a concept to open it.');
  }
}());
