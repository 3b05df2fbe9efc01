"""Phrases that hold a phase cue word without telling the exercise's time.

They win the cue table's leftmost-longest match and are then dropped (phrases.CueTable), so a
wrong reading is excluded by one more row here: "missile launches" is no opening, "concludes
with" is how a drill is laid out, "opportunities to conduct" is a purpose, not a plan.
"""

from __future__ import annotations

# Phrases that hold a cue word without telling the exercise's time: weapons launched in it,
# a kind of drill, a policy slogan, a later deployment.
NEUTRAL = (
    "missile launch",
    "missile launches",
    "rocket launch",
    "rocket launches",
    "launches of",
    "electronic launches",
    "simulated launches",
    "test launches",
    "practice launches",
    "the launches",
    # "provided participating nations opportunities to conduct joint training": a purpose or
    # an ability, not a plan.
    "opportunity to conduct",
    "opportunities to conduct",
    "ability to conduct",
    "abilities to conduct",
    "capability to conduct",
    "capabilities to conduct",
    "in order to conduct",
    "designed to conduct",
    "able to conduct",
    "how to conduct",
    "readiness to conduct",
    "opportunity to carry out",
    "ability to carry out",
    "in order to carry out",
    # "The cycle concludes with the Final Field Exercise": how it is laid out, not where it is.
    "concludes with",
    "culminates with",
    "culminates in",
    "ends with",
    "missile was launched",
    "missiles were launched",
    "rocket was launched",
    "rockets were launched",
    "launch drill",
    "launch drills",
    "launch training",
    "live fire",
    "upcoming deployment",
    "upcoming deployments",
    "start of",
    "start date",
    # "open" as an adjective: "to keep the sea lanes free and open", "the open sea".
    "free and open",
    "free, open",
    "open and",
    "open sea",
    "open seas",
    "open ocean",
    "open water",
    "open waters",
    "open source",
    "open sources",
    "open terrain",
    "open ground",
    "open to",
)
