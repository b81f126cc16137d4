// CityToken dashboard: charts of the overview, the program form's rate table, the CSV upload with progress.
// No inline scripts (the pages' Content-Security-Policy forbids them): data comes from JSON script elements.
(function () {
  "use strict";

  const palette = ["#0b5cad", "#116329", "#a40e26", "#7d4e00", "#6f42c1", "#1b7c83", "#bc4c00", "#4a5562"];

  function drawOverview() {
    const source = document.getElementById("overview-data");
    if (!source) return;
    const data = JSON.parse(source.textContent);
    if (typeof window.Chart !== "function") {
      document.querySelectorAll(".chart-box").forEach((box) => {
        box.textContent = "Charts are unavailable (chart.js was not built: run scripts/build-web.sh). The tables hold the figures.";
      });
      return;
    }
    const Chart = window.Chart;
    Chart.defaults.color = "#1b1f24";
    Chart.defaults.maintainAspectRatio = false;
    Chart.defaults.animation = false;

    const minted = data.mintedPerProgram.map((s, i) => ({ type: "bar", label: s.label, data: s.data, backgroundColor: palette[i % palette.length], stack: "programs" }));
    minted.push({ type: "line", label: "minted on chain (all)", data: data.mintedOnChain, borderColor: "#1b1f24", backgroundColor: "#1b1f24", pointRadius: 2 });
    new Chart(document.getElementById("chart-minted"), {
      data: { labels: data.days.map((d) => d.slice(5)), datasets: minted },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: "tokens" } } } },
    });
    new Chart(document.getElementById("chart-queue"), {
      type: "bar",
      data: { labels: data.statuses, datasets: [{ label: "actions", data: data.statusCounts, backgroundColor: palette[0] }] },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    new Chart(document.getElementById("chart-budget"), {
      type: "bar",
      data: {
        labels: data.programs,
        datasets: [
          { label: "minted", data: data.budgetConfirmed, backgroundColor: palette[1] },
          { label: "reserved", data: data.budgetReserved, backgroundColor: palette[3] },
          { label: "remaining", data: data.budgetRemaining, backgroundColor: "#d0d7de" },
        ],
      },
      options: { indexAxis: "y", scales: { x: { stacked: true, title: { display: true, text: "tokens" } }, y: { stacked: true } } },
    });
    new Chart(document.getElementById("chart-outbox"), {
      type: "doughnut",
      data: {
        labels: data.outboxStatuses.length ? data.outboxStatuses : ["no transactions yet"],
        datasets: [{ data: data.outboxCounts.length ? data.outboxCounts : [1], backgroundColor: data.outboxCounts.length ? palette : ["#d0d7de"] }],
      },
    });
    document.body.dataset.chartsReady = "true";
  }

  // Program form: one more empty category/rate row.
  function wireRateTable() {
    const button = document.getElementById("add-rate");
    if (!button) return;
    button.addEventListener("click", () => {
      const rows = document.getElementById("rate-rows");
      const index = rows.querySelectorAll(".rate-row").length;
      const row = document.createElement("div");
      row.className = "rate-row";
      row.innerHTML =
        `<div><label for="Rates_${index}__Category">Category ${index + 1}</label><input id="Rates_${index}__Category" name="Form.Rates[${index}].Category" /></div>` +
        `<div><label for="Rates_${index}__Rate">Tokens per unit ${index + 1}</label><input id="Rates_${index}__Rate" name="Form.Rates[${index}].Rate" inputmode="decimal" /></div>`;
      rows.appendChild(row);
      row.querySelector("input").focus();
    });
  }

  // CSV upload: XHR for upload progress, then the per-row report the API's bulk handler answers.
  function wireCsvUpload() {
    const form = document.getElementById("csv-form");
    if (!form) return;
    const progress = document.getElementById("csv-progress");
    const status = document.getElementById("csv-status");
    const report = document.getElementById("csv-report");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const file = document.getElementById("csv-file").files[0];
      if (!file) {
        status.textContent = "Choose a CSV file first.";
        return;
      }
      const token = form.querySelector('input[name="__RequestVerificationToken"]').value;
      const xhr = new XMLHttpRequest();
      xhr.open("POST", form.dataset.uploadUrl);
      xhr.setRequestHeader("Content-Type", "text/csv");
      xhr.setRequestHeader("RequestVerificationToken", token);
      progress.hidden = false;
      progress.value = 0;
      status.textContent = `Uploading ${file.name}…`;
      report.hidden = true;
      xhr.upload.addEventListener("progress", (e) => {
        if (e.lengthComputable) {
          progress.value = Math.round((e.loaded / e.total) * 100);
          status.textContent = `Uploading: ${progress.value}%`;
        }
      });
      xhr.upload.addEventListener("load", () => {
        progress.value = 100;
        status.textContent = "Uploaded; checking every row…";
      });
      xhr.addEventListener("load", () => {
        let body;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          body = null;
        }
        if (xhr.status !== 200 || !body) {
          const detail = body && (body.detail || body.title);
          const errors = body && body.errors ? Object.values(body.errors).flat().join(" ") : "";
          status.textContent = `The file was refused (${xhr.status}): ${[detail, errors].filter(Boolean).join(" ")}`;
          status.className = "notice error";
          return;
        }
        status.className = "notice ok";
        status.textContent = `Done: ${body.rows} rows — ${body.queued} queued, ${body.rejected} rejected, ${body.replayed} already sent, ${body.errors} errors.`;
        renderReport(body, report);
      });
      xhr.addEventListener("error", () => {
        status.className = "notice error";
        status.textContent = "The upload failed (network error).";
      });
      xhr.send(file);
    });
  }

  // One quoted CSV cell. A spreadsheet runs a cell starting with = + - @ (or a tab or CR) as a formula, and the
  // report echoes what uploaders sent (externalId): a leading single quote keeps such a cell plain text.
  function csvCell(value) {
    const text = String(value);
    const inert = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return `"${inert.replaceAll('"', '""')}"`;
  }

  function renderReport(body, report) {
    const tbody = report.querySelector("tbody");
    tbody.replaceChildren();
    const shown = body.results.slice(0, 1000);
    for (const r of shown) {
      const tr = document.createElement("tr");
      const outcome = r.error ? "error" : r.status;
      const cells = [r.row, r.externalId ?? "", r.id ?? "", outcome, r.reason ?? r.error ?? (r.replayed ? "already sent" : "")];
      cells.forEach((value, i) => {
        const td = document.createElement("td");
        if (i === 2 && r.id) {
          const a = document.createElement("a");
          a.href = `/admin/actions/${r.id}`;
          a.textContent = String(value);
          td.appendChild(a);
        } else if (i === 3) {
          const span = document.createElement("span");
          span.className = `status status-${outcome}`;
          span.textContent = String(value);
          td.appendChild(span);
        } else {
          td.textContent = String(value);
        }
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    }
    const more = document.getElementById("csv-more");
    more.textContent = body.results.length > shown.length ? `First ${shown.length} of ${body.results.length} rows shown; download the full report.` : "";
    const csv = ["row,externalId,id,status,reason"]
      .concat(body.results.map((r) => [r.row, r.externalId ?? "", r.id ?? "", r.error ? "error" : r.status, r.reason ?? r.error ?? ""]
        .map(csvCell).join(",")))
      .join("\n");
    const link = document.getElementById("csv-download");
    link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
    report.hidden = false;
  }

  // Ballot detail: votes per option as bars; while the ballot is not final, the public read API is polled so the
  // turnout and tallies move as votes are indexed.
  function drawBallot() {
    const source = document.getElementById("ballot-data");
    if (!source) return;
    const data = JSON.parse(source.textContent);
    if (typeof window.Chart !== "function") {
      document.querySelectorAll(".chart-box").forEach((box) => {
        box.textContent = "The chart is unavailable (chart.js was not built: run scripts/build-web.sh). The table holds the figures.";
      });
      return;
    }
    const chart = new window.Chart(document.getElementById("chart-ballot"), {
      type: "bar",
      data: { labels: data.labels, datasets: [{ label: "votes", data: data.votes, backgroundColor: palette[0] }] },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "votes" } } },
      },
    });
    document.body.dataset.chartsReady = "true";
    if (data.final) return;
    const timer = window.setInterval(async () => {
      try {
        const response = await fetch(`/api/ballots/${data.id}`, { headers: { Accept: "application/json" } });
        if (!response.ok) return;
        const ballot = await response.json();
        chart.data.datasets[0].data = ballot.options.map((o) => o.votes);
        chart.update();
        ballot.options.forEach((o) => {
          const cell = document.querySelector(`tr[data-option="${o.option}"] td:last-child`);
          if (cell) cell.textContent = String(o.votes);
        });
        document.querySelector("[data-testid='turnout']").textContent = String(ballot.turnout);
        document.querySelector("[data-testid='ballot-status']").textContent = ballot.status;
        if (ballot.final) window.clearInterval(timer);
      } catch {
        // The next tick tries again; the figures shown stay those last read.
      }
    }, 5000);
  }

  drawOverview();
  drawBallot();
  wireRateTable();
  wireCsvUpload();
})();
