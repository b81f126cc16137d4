// The public funds page's chart: budget, paid and pending per project, from the table rows the server rendered (the
// table stays the accessible source of the figures; amounts are minor units, shown in major units).
(() => {
  "use strict";
  const canvas = document.getElementById("chart-funds");
  if (!canvas) return;
  if (typeof window.Chart !== "function") {
    canvas.parentElement.textContent = "Charts are unavailable (chart.js was not built: run scripts/build-web.sh). The table holds the figures.";
    return;
  }
  const rows = [...document.querySelectorAll("tr[data-project]")];
  const major = (text) => Number(BigInt(text) / 100n) + Number(BigInt(text) % 100n) / 100;
  new window.Chart(canvas, {
    type: "bar",
    data: {
      labels: rows.map((r) => r.dataset.name),
      datasets: [
        { label: "Budget", data: rows.map((r) => major(r.dataset.budget)), backgroundColor: "#9fb3c8" },
        { label: "Paid", data: rows.map((r) => major(r.dataset.approved)), backgroundColor: "#1f6f43" },
        { label: "Pending approval", data: rows.map((r) => major(r.dataset.pending)), backgroundColor: "#b7791f" },
      ],
    },
    options: { maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true } } },
  });
})();
