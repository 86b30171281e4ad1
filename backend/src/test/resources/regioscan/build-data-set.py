#!/usr/bin/env python3
"""Builds a Regioscan-shaped data set (initiatives.csv, activities.csv, providers.csv) whose
figures are those the report publishes (seed 001_0267181a2586549a.txt): Figuur 6 (activities
per archetype), 7 (archetype share per province), 12 (maturity share per province), 16 (providers
in at least 10 initiatives), 19 (bereik share per province), 20 (inspanning share per province)
and 21 (reach per archetype).

The report gives shares, not counts, so for each province-by-class table this solves a small
integer program: counts whose shares round half up to the published percentages, whose rows add
up to the province totals and whose columns add up to the published column totals. Where the
published percentages admit no such counts it deviates as little as possible and says where.
Run it once; the output is committed. Needs scipy."""
import csv
import math
import numpy as np
from scipy.optimize import milp, LinearConstraint, Bounds

PROVINCES = ["Drenthe", "Flevoland", "Friesland", "Gelderland", "Groningen", "Limburg", "Noord-Brabant",
             "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland"]
TOTALS = [23, 27, 32, 70, 45, 37, 42, 68, 74, 57, 20, 87]  # Figuur 7, totaal aantal activiteiten

ARCHETYPES = ["Signaleren", "Netwerken & coördineren", "Gezamenlijke faciliteiten", "Werken met studenten",
              "Onderwijs voor studenten", "Onderwijs voor professionals", "Advisering/consultancy",
              "Subsidies & financiering", "Workshops & kennisevents", "Onderzoek & ontwikkeling",
              "Scans & assessments", "Kennisplatform"]
FIG6 = [15, 86, 41, 66, 40, 42, 61, 52, 86, 42, 30, 21]
FIG7 = [  # rows: archetypes; columns: provinces in PROVINCES order
    [4, 7, 9, 0, 0, 3, 2, 3, 5, 0, 0, 1],
    [9, 22, 25, 7, 18, 24, 7, 7, 15, 21, 30, 13],
    [17, 7, 0, 4, 4, 8, 21, 9, 7, 4, 5, 5],
    [13, 15, 9, 10, 7, 19, 24, 12, 5, 11, 5, 11],
    [13, 7, 3, 7, 11, 5, 0, 15, 5, 7, 5, 3],
    [4, 7, 0, 10, 9, 8, 2, 4, 11, 11, 5, 7],
    [9, 4, 3, 9, 4, 5, 19, 4, 18, 12, 20, 14],
    [4, 7, 6, 20, 4, 5, 2, 7, 9, 11, 10, 9],
    [17, 15, 16, 13, 13, 16, 12, 19, 11, 11, 10, 21],
    [0, 4, 9, 13, 16, 3, 5, 9, 7, 4, 10, 5],
    [9, 4, 19, 3, 7, 3, 2, 4, 0, 5, 0, 9],
    [0, 0, 0, 4, 7, 0, 2, 6, 7, 5, 0, 2],
]
MATURITIES = ["Laag", "Middel", "Hoog", "Ongespecificeerd"]
FIG12_TOTALS = [193, 173, 87, 129]
FIG12 = {  # province: Laag, Middel, Hoog, Ongespecificeerd
    "Drenthe": [43, 48, 9, 0], "Flevoland": [22, 7, 0, 70], "Friesland": [44, 13, 6, 38],
    "Gelderland": [29, 39, 33, 0], "Groningen": [20, 44, 4, 31], "Noord-Brabant": [64, 17, 19, 0],
    "Overijssel": [43, 32, 24, 0], "Utrecht": [44, 14, 23, 19], "Zeeland": [35, 20, 5, 40],
    "Zuid-Holland": [34, 16, 3, 46], "Limburg": [11, 35, 3, 51], "Noord-Holland": [13, 57, 21, 9]}
LEVELS = ["Laag", "Middel", "Hoog"]
FIG19_TOTALS = [145, 391, 46]
FIG19 = {
    "Drenthe": [26, 61, 13], "Flevoland": [15, 74, 11], "Friesland": [13, 59, 28], "Gelderland": [26, 71, 3],
    "Groningen": [24, 69, 7], "Limburg": [19, 76, 5], "Noord-Brabant": [45, 50, 5], "Noord-Holland": [22, 69, 9],
    "Overijssel": [31, 64, 5], "Utrecht": [19, 75, 5], "Zeeland": [35, 65, 0], "Zuid-Holland": [23, 67, 10]}
FIG20_TOTALS = [152, 294, 136]
FIG20 = {
    "Drenthe": [22, 70, 9], "Flevoland": [33, 48, 19], "Friesland": [53, 31, 16], "Gelderland": [14, 43, 43],
    "Groningen": [31, 40, 29], "Limburg": [30, 54, 16], "Noord-Brabant": [14, 76, 10],
    "Noord-Holland": [21, 59, 21], "Overijssel": [27, 46, 27], "Utrecht": [32, 44, 25], "Zeeland": [30, 45, 25],
    "Zuid-Holland": [25, 54, 21]}
FIG21 = [8126, 9745, 165, 5298, 3540, 2536, 8625, 7251, 41306, 603, 3348, 18796]
FIG16 = [("Ministerie van EZK", 30), ("Rabobank", 25), ("Provincie Noord-Holland", 18),
         ("Hanzehogeschool Groningen", 16), ("Provincie Noord-Brabant", 15), ("Rijksuniversiteit Groningen", 14),
         ("Oost NL", 13), ("Provincie Overijssel", 13), ("NHL Stenden", 13), ("Europese Unie", 12), ("TNO", 11),
         ("Provincie Zuid-Holland", 10), ("FME", 10), ("MKB Nederland", 10), ("JADS", 10),
         ("Tilburg University", 10), ("Provincie Gelderland", 10), ("Hogeschool van Amsterdam", 10)]
INITIATIVES = 220


def half_up(numerator, denominator):
    return math.floor(100 * numerator / denominator + 0.5) if denominator else 0


def admissible(pct, total):
    """The counts n with half_up(n, total) == pct."""
    return [n for n in range(total + 1) if half_up(n, total) == pct]


def solve(name, shares, column_totals):
    """shares[p][c] percentages per province p; returns counts[p][c]."""
    P, C = len(shares), len(shares[0])
    n = P * C
    # variables: counts, then shortfall and excess per cell beyond the admissible range
    lo = np.zeros(n)
    hi = np.zeros(n)
    for p in range(P):
        for c in range(C):
            ok = admissible(shares[p][c], TOTALS[p])
            lo[p * C + c], hi[p * C + c] = (min(ok), max(ok)) if ok else (0, TOTALS[p])
    cost = np.concatenate([np.zeros(n), np.ones(2 * n)])
    rows, lower, upper = [], [], []
    for p in range(P):
        row = np.zeros(3 * n)
        row[p * C:(p + 1) * C] = 1
        rows.append(row); lower.append(TOTALS[p]); upper.append(TOTALS[p])
    for c in range(C):
        row = np.zeros(3 * n)
        row[[p * C + c for p in range(P)]] = 1
        rows.append(row); lower.append(column_totals[c]); upper.append(column_totals[c])
    for i in range(n):
        row = np.zeros(3 * n); row[i] = 1; row[n + i] = 1  # count + shortfall >= lo
        rows.append(row); lower.append(lo[i]); upper.append(np.inf)
        row = np.zeros(3 * n); row[i] = 1; row[2 * n + i] = -1  # count - excess <= hi
        rows.append(row); lower.append(-np.inf); upper.append(hi[i])
    result = milp(cost, constraints=LinearConstraint(np.array(rows), lower, upper),
                  integrality=np.ones(3 * n), bounds=Bounds(0, np.inf))
    assert result.success, name
    counts = [[int(round(result.x[p * C + c])) for c in range(C)] for p in range(P)]
    for p in range(P):
        for c in range(C):
            if half_up(counts[p][c], TOTALS[p]) != shares[p][c]:
                print(f"{name}: {PROVINCES[p]} column {c} gives {half_up(counts[p][c], TOTALS[p])}%,"
                      f" the report {shares[p][c]}%")
    return counts


archetypes = solve("Figuur 7", [[FIG7[a][p] for a in range(12)] for p in range(12)], FIG6)
maturities = solve("Figuur 12", [FIG12[name] for name in PROVINCES], FIG12_TOTALS)
reach_classes = solve("Figuur 19", [FIG19[name] for name in PROVINCES], FIG19_TOTALS)
effort_classes = solve("Figuur 20", [FIG20[name] for name in PROVINCES], FIG20_TOTALS)

FORMS = ["Data", "Intelligentie", "Interface", "Diensten", "Zachte infrastructuur", "Harde infrastructuur",
         "Niet specifiek"]
KNELPUNTEN = ["Niet weten", "Niet willen", "Niet kunnen", "Probleemsignalering en vraagarticulatie"]
SECTORS = ["Alle", "C", "G", "A;C", "F", "Alle", "J;M"]


def expand(counts_row, labels):
    return [label for label, count in zip(labels, counts_row) for _ in range(count)]


# Initiatives spread over the provinces by their share of activities; every one has an activity.
per_province = [max(1, round(INITIATIVES * t / sum(TOTALS))) for t in TOTALS]
per_province[-1] += INITIATIVES - sum(per_province)
initiatives, activities = [], []
first_of_archetype = set()
number = 0
for p, province in enumerate(PROVINCES):
    ids = [f"ini-{len(initiatives) + i + 1:03d}" for i in range(per_province[p])]
    for i, key in enumerate(ids):
        initiatives.append([key, f"Initiatief {province} {i + 1}", province,
                            f"Voorbeeldinitiatief {i + 1} in {province}, gebouwd uit de Regioscan."])
    archetype_list = expand(archetypes[p], ARCHETYPES)
    maturity_list = expand(maturities[p], MATURITIES)
    reach_list = expand(reach_classes[p], LEVELS)
    effort_list = expand(effort_classes[p], LEVELS)
    for i in range(TOTALS[p]):
        number += 1
        archetype = archetype_list[i]
        # Figuur 21: the known reach of an archetype sits on its first activity; the rest unknown.
        reach = ""
        if archetype not in first_of_archetype:
            first_of_archetype.add(archetype)
            reach = str(FIG21[ARCHETYPES.index(archetype)])
        activities.append([f"act-{number:03d}", ids[i % len(ids)], archetype, province, maturity_list[i],
                           reach_list[i], effort_list[TOTALS[p] - 1 - i],
                           reach, f"Activiteit {number}: {archetype.lower()}", FORMS[number % len(FORMS)],
                           KNELPUNTEN[number % len(KNELPUNTEN)], SECTORS[number % len(SECTORS)]])

providers = []
for name, count in FIG16:
    for i in range(count):
        key = initiatives[(i * 7 + len(name)) % INITIATIVES][0]
        role = ["Initiatiefnemer", "Financier", "Uitvoerder"][i % 3]
        providers.append([key, name, role])
        if i % 5 == 0:  # a second role in the same initiative still counts that initiative once
            providers.append([key, name, ["Financier", "Uitvoerder", "Initiatiefnemer"][i % 3]])
for i, (key, *_rest) in enumerate(initiatives):
    providers.append([key, f"Lokale partner {i % 40 + 1}", "Uitvoerder"])

# Provider lines must name distinct (initiative, provider, role); counts must stay exact.
seen, unique = set(), []
for line in providers:
    if tuple(line) not in seen:
        seen.add(tuple(line)); unique.append(line)
for name, count in FIG16:
    assert len({line[0] for line in unique if line[1] == name}) == count, name

for file, header, lines in [
        ("initiatives.csv", ["id", "name", "province", "description"], initiatives),
        ("activities.csv", ["id", "initiative_id", "archetype", "province", "maturity", "bereik_class",
                            "inspanning_class", "reach", "title", "digitaliseringsvorm", "knelpunt",
                            "doelgroep_sector"], activities),
        ("providers.csv", ["initiative_id", "provider_name", "role"], unique)]:
    with open(file, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(lines)
print(len(initiatives), "initiatives,", len(activities), "activities,", len(unique), "provider lines")
