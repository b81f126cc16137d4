// CityToken resident portal, ballots (open ones to vote in, ended ones with their final results): the wallet signs the vote's EIP-712 typed data (eth_signTypedData_v4), the
// service relays it (the resident pays no gas), and the page follows the vote until the tally counts it.
(function () {
  "use strict";

  const P = window.CityTokenPortal;
  if (!P) return;
  const { el, state } = P;
  const say = P.notice;

  const when = (iso) => new Date(iso).toLocaleString();
  const labelOf = (ballot, option) => (ballot.options[option] && ballot.options[option].label) || `Option ${option + 1}`;

  // Eligibility is frozen at the ballot's start: a credential of the ballot's type valid at that moment, unless a
  // registrar has revoked it since (as BallotBox judges it; a renewal that superseded it still counts).
  function eligible(ballot) {
    const start = Date.parse(ballot.start);
    return (state.info.credentials || []).some((c) =>
      c.type.toLowerCase() === ballot.credentialType.toLowerCase() &&
      Date.parse(c.issuedAt) <= start && Date.parse(c.expiresAt) > start && (!c.revokedAt || Date.parse(c.revokedAt) > start) &&
      c.revocationReason !== "revoked");
  }

  async function loadBallots() {
    el("ballots-section").hidden = false;
    const response = await fetch("/api/ballots?limit=50");
    if (!response.ok) {
      say(el("ballots-status"), `The ballots could not be read: ${await P.problemText(response)}`, "error");
      return;
    }
    const items = (await response.json()).items;
    const open = items.filter((b) => b.status === "active" || b.status === "pending");
    el("ballots").replaceChildren(...open.map(render));
    el("ballots-empty").hidden = open.length > 0;
    // Published results: every ended ballot with its final tally.
    const ended = items.filter((b) => b.status === "ended");
    el("ballot-results").replaceChildren(...ended.map(render));
    el("ballot-results-section").hidden = ended.length === 0;
  }

  function timingOf(ballot) {
    if (ballot.status === "active") return `Open until ${when(ballot.end)}.`;
    if (ballot.status === "ended") {
      return `Closed ${when(ballot.end)}. Final result: ${ballot.turnout} vote(s), quorum of ${ballot.quorum} ${ballot.quorumReached ? "reached" : "not reached"}.`;
    }
    return `Opens ${when(ballot.start)}, closes ${when(ballot.end)}.`;
  }

  function render(ballot) {
    const id = ballot.id;
    const card = document.createElement("article");
    card.className = "card ballot";
    card.dataset.ballot = String(id);
    card.setAttribute("aria-labelledby", `ballot-${id}-title`);

    const title = document.createElement("h3");
    title.id = `ballot-${id}-title`;
    title.textContent = ballot.title || `Ballot ${id}`;
    card.appendChild(title);
    if (ballot.description) {
      const description = document.createElement("p");
      description.textContent = ballot.description;
      card.appendChild(description);
    }
    const timing = document.createElement("p");
    timing.className = "hint";
    timing.textContent = timingOf(ballot);
    card.appendChild(timing);

    const tally = document.createElement("ul");
    tally.className = "tally";
    tally.setAttribute("aria-label", ballot.status === "ended" ? "Final votes" : "Votes so far");
    ballot.options.forEach((o) => {
      const li = document.createElement("li");
      li.dataset.option = String(o.option);
      const votes = document.createElement("strong");
      votes.className = "votes";
      votes.dataset.testid = `tally-${id}-${o.option}`;
      votes.textContent = String(o.votes);
      li.append(`${labelOf(ballot, o.option)}: `, votes, " vote(s)");
      tally.appendChild(li);
    });
    card.appendChild(tally);

    const status = document.createElement("p");
    status.className = "notice";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    status.hidden = true;

    const voted = (state.info.ballotsVoted || []).find((v) => v.ballotId === id);
    if (voted) {
      const p = document.createElement("p");
      p.className = "voted";
      p.textContent = `You voted for ${labelOf(ballot, voted.option)}.`;
      card.appendChild(p);
    } else if (ballot.status !== "active") {
      // Not open yet: nothing to sign.
    } else if (!eligible(ballot)) {
      const p = document.createElement("p");
      p.className = "not-eligible";
      p.textContent = `You cannot vote in this ballot: it is open to residents who held a valid residency credential when it opened (${when(ballot.start)}). The city's registrar issues credentials.`;
      card.appendChild(p);
    } else {
      card.appendChild(voteForm(ballot, card, status));
    }
    card.appendChild(status);
    return card;
  }

  function voteForm(ballot, card, status) {
    const form = document.createElement("form");
    form.className = "vote";
    const fieldset = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = "Your vote";
    fieldset.appendChild(legend);
    ballot.options.forEach((o) => {
      const row = document.createElement("div");
      row.className = "check";
      const input = document.createElement("input");
      input.type = "radio";
      input.name = `ballot-${ballot.id}-option`;
      input.id = `ballot-${ballot.id}-option-${o.option}`;
      input.value = String(o.option);
      input.required = true;
      const label = document.createElement("label");
      label.htmlFor = input.id;
      label.textContent = labelOf(ballot, o.option);
      row.append(input, label);
      fieldset.appendChild(row);
    });
    const button = document.createElement("button");
    button.type = "submit";
    button.textContent = "Sign and cast my vote";
    fieldset.appendChild(button);
    form.appendChild(fieldset);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const choice = form.querySelector("input[type=radio]:checked");
      if (!choice) {
        say(status, "Choose an option first.", "error");
        return;
      }
      button.disabled = true;
      try {
        if (await vote(ballot, Number(choice.value), card, status)) form.remove();
      } finally {
        button.disabled = false;
      }
    });
    return form;
  }

  // Returns true once the vote is counted (the form is then no longer needed).
  async function vote(ballot, option, card, status) {
    const provider = P.wallet();
    if (!provider || !state.account) return false;
    if (!(await P.chainOk(provider))) return false;
    const voter = state.account;
    const label = labelOf(ballot, option);
    const before = Number(card.querySelector(`[data-option="${option}"] .votes`).textContent);
    say(status, "Preparing your vote…");
    const prepared = await fetch(`/api/ballots/${ballot.id}/vote-typed-data?voter=${encodeURIComponent(voter)}&option=${option}`);
    if (!prepared.ok) {
      say(status, `Your vote could not be prepared: ${await P.problemText(prepared)}`, "error");
      return false;
    }
    const typedData = await prepared.json();
    say(status, `Confirm your vote for ${label} in your wallet.`);
    let signature;
    try {
      signature = await provider.request({ method: "eth_signTypedData_v4", params: [voter, JSON.stringify(typedData)] });
    } catch (error) {
      say(status, error && error.code === P.USER_REJECTED
        ? "You rejected the signature request, so no vote was sent."
        : `The wallet could not sign your vote: ${error && error.message}`, "error");
      return false;
    }
    say(status, "Sending your vote…");
    const sent = await fetch(`/api/ballots/${ballot.id}/votes`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ voter, option, deadline: typedData.message.deadline, signature }),
    });
    if (!sent.ok) {
      say(status, `Your vote was refused: ${await P.problemText(sent)}`, "error");
      return false;
    }
    const accepted = await sent.json();
    say(status, `Your vote for ${label} is on its way to the chain…`);
    const { result, body: relayed } = await P.followStatus(accepted.statusUrl, async (relayed) => {
      const tallies = relayed.counted ? await showResults(ballot, card) : null;
      return Boolean(tallies && tallies[option] >= before + 1);
    });
    if (result === "failed") {
      say(status, `Your vote could not be recorded on the chain (${relayed.status}${relayed.error ? ": " + relayed.error : ""}).`, "error");
      return false;
    }
    if (result === "settled") {
      const p = document.createElement("p");
      p.className = "voted";
      p.textContent = `You voted for ${label}.`;
      card.insertBefore(p, status);
      say(status, `Your vote for ${label} was counted.`, "ok");
      return true;
    }
    say(status, "Your vote was sent but is not counted yet. Reload the page in a few minutes to see it.", "error");
    return false;
  }

  // Live results from the chain into the card's tally; returns the tallies (null if unreadable).
  async function showResults(ballot, card) {
    const response = await fetch(`/api/ballots/${ballot.id}/results`);
    if (!response.ok) return null;
    const { tallies } = await response.json();
    tallies.forEach((votes, option) => {
      const cell = card.querySelector(`[data-option="${option}"] .votes`);
      if (cell) cell.textContent = String(votes);
    });
    return tallies;
  }

  P.root.addEventListener("portal:loaded", () => loadBallots());
})();
