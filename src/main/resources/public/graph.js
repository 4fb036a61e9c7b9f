// The graph view: draws the neighbourhood the page names (data attributes on #graph), fetched
// from the JSON API, with Cytoscape.js. Clicking a concept opens its page. Filters re-submit the
// form, so the server stays the one place that decides what a view shows. In connect mode two
// clicked concepts are looked up in /api/connect and the shortest path between them is
// highlighted, its concepts and links added to the drawing where the view did not hold them.
(function () {
  'use strict';

  var box = document.getElementById('graph');
  var form = document.getElementById('graph-controls');
  var status = document.getElementById('graph-status');
  var connectButton = document.getElementById('graph-connect');
  var pathList = document.getElementById('graph-path');
  var pathPage = document.getElementById('graph-path-page');

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

  var layout = {
    name: 'concentric', animate: false, minNodeSpacing: 70, avoidOverlap: true, spacingFactor: 1.1,
    concentric: function (n) { return 10 - n.data('depth'); },
    levelWidth: function () { return 1; }
  };

  say('Loading…');
  getJson('/api/concepts/' + encodeURIComponent(box.getAttribute('data-focus')) + '/graph?' + params.toString())
    .then(draw)
    .catch(function (e) { say('The graph could not be loaded: ' + e.message); });

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) { throw new Error(body.error || response.statusText); }
          return body;
        });
      });
  }

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
          'label': 'data(label)', 'font-size': 10, 'text-background-color': '#fff', 'text-background-opacity': 1 } },
        { selector: 'node.picked', style: { 'border-width': 4, 'border-color': '#2457a6' } },
        { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f2b01e' } },
        { selector: 'edge.path', style: { 'width': 6, 'z-index': 10 } },
        { selector: '.faded', style: { 'opacity': 0.25 } }
      ],
      layout: layout
    });
    if (cy.zoom() > 1.3) {
      cy.zoom(1.3);
      cy.center();
    }
    var done = graph.nodes.length + ' concepts, ' + graph.edges.length + ' relations' +
        (graph.truncated ? ' (the view is capped; narrow the filters to see the rest)' : '') +
        '. Click a concept to open it.';
    var picked = null; // connect mode: the concepts clicked so far; null when the mode is off
    cy.on('tap', 'node', function (evt) {
      if (picked) {
        pick(evt.target);
      } else {
        window.location.href = '/concepts/' + encodeURIComponent(evt.target.id());
      }
    });
    if (connectButton) {
      connectButton.hidden = false;
      connectButton.addEventListener('click', function () {
        picked = picked ? null : [];
        connectButton.setAttribute('aria-pressed', picked ? 'true' : 'false');
        clearPath();
        say(picked ? 'Click the first of two concepts to connect.' : done);
      });
    }

    function pick(node) {
      if (picked.length === 0) { clearPath(); }
      picked.push(node);
      node.addClass('picked');
      if (picked.length === 1) {
        say('Now click the concept to connect ' + node.data('label') + ' to.');
        return;
      }
      var from = picked[0], to = picked[1];
      picked = [];
      say('Looking for a connection…');
      getJson('/api/connect?from=' + encodeURIComponent(from.id()) + '&to=' + encodeURIComponent(to.id()) + '&limit=1')
        .then(highlight)
        .catch(function (e) { say('The connection could not be loaded: ' + e.message); });
    }

    function clearPath() {
      cy.elements().removeClass('path picked faded');
      if (pathList) { pathList.textContent = ''; }
      box.removeAttribute('data-path');
    }

    function highlight(answer) {
      clearPath();
      if (pathPage) {
        pathPage.href = '/connect?from=' + encodeURIComponent(answer.from.id) + '&to=' + encodeURIComponent(answer.to.id);
        pathPage.textContent = 'All the shortest paths from ' + answer.from.name + ' to ' + answer.to.name + ', with their cards';
      }
      if (answer.paths.length === 0) {
        box.setAttribute('data-path', '');
        say('No connection within 6 steps between ' + answer.from.name + ' and ' + answer.to.name + '.');
        return;
      }
      var path = answer.paths[0];
      var grown = false;
      path.nodes.forEach(function (n) {
        if (cy.getElementById(n.id).empty()) {
          cy.add({ data: { id: n.id, label: n.name, depth: 3 } });
          grown = true;
        }
      });
      path.hops.forEach(function (h, i) {
        var a = path.nodes[i].id, b = path.nodes[i + 1].id;
        var links = cy.edges().filter(function (e) {
          return (e.source().id() === a && e.target().id() === b) || (e.source().id() === b && e.target().id() === a);
        });
        if (links.empty()) {
          links = cy.add({ data: { id: 'path-' + i + '-' + h.from + '-' + h.to, source: h.from, target: h.to, type: h.type, label: '' } });
        }
        links.addClass('path');
        if (pathList) {
          var step = document.createElement('li');
          step.textContent = h.sentence + '.';
          pathList.appendChild(step);
        }
      });
      path.nodes.forEach(function (n) { cy.getElementById(n.id).addClass('path'); });
      cy.elements().not('.path').addClass('faded');
      if (grown) { cy.layout(layout).run(); }
      box.setAttribute('data-path', path.nodes.map(function (n) { return n.id; }).join(','));
      say(path.hops.length + ' step' + (path.hops.length === 1 ? '' : 's') + ' from ' + answer.from.name + ' to ' + answer.to.name + '.');
    }
    cy.on('mouseover', 'node', function () { box.classList.add('pointing'); });
    cy.on('mouseout', 'node', function () { box.classList.remove('pointing'); });
    window.crmgraphView = cy;
    box.setAttribute('data-ready', 'true');
    say(done);
  }
}());
