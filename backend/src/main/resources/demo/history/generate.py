#!/usr/bin/env python3
"""Writes the demo's year of history (2025) for the three featured werkplaatsen, in the
formats of POST /imports/history: what their spreadsheets held before the platform.
Deterministic (a fixed seed), so the demo's KPIs are the same on every first start.
Run from this folder: python3 generate.py"""
import csv
import os
import random
from datetime import date, timedelta

WERKPLAATSEN = {
    "werkplaats-online-ondernemen": ("WOO", "UTRECHT", ["Hogeschool Utrecht", "ROC Midden Nederland"]),
    "digitale-werkplaats-twente": ("DWT", "OVERIJSSEL", ["Saxion", "ROC van Twente", "Universiteit Twente"]),
    "mkb-digital-workspace": ("MDW", "NOORD_BRABANT", ["Fontys Hogescholen", "Avans Hogeschool"]),
}
LEVELS = {"Hogeschool Utrecht": "HBO", "ROC Midden Nederland": "MBO", "Saxion": "HBO", "ROC van Twente": "MBO",
          "Universiteit Twente": "WO", "Fontys Hogescholen": "HBO", "Avans Hogeschool": "HBO"}
OFFERS = [("Webshop-scan (historie)", "SCANS_AND_ASSESSMENTS"), ("Studententeam digitalisering (historie)",
          "WORKING_WITH_STUDENTS"), ("Advies dataplatform (historie)", "ADVICE_AND_CONSULTANCY")]
NAMES = ["Bakkerij", "Installatiebedrijf", "Kapsalon", "Drukkerij", "Hoveniersbedrijf", "Fietsenwinkel",
         "Adviesbureau", "Metaalbewerking", "Schildersbedrijf", "Boekhandel", "Transportbedrijf", "Architect"]
SURNAMES = ["De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder", "Bos", "Vos"]
AGREE = ["STRONGLY_AGREE", "AGREE", "AGREE", "NEUTRAL", "DISAGREE"]
YEAR = 2025

random.seed(20251231)
# Organisations that worked with two werkplaatsen: counted once nationally.
shared = [f"7{n:07d}" for n in range(1, 4)]


def day(start, end):
    return start + timedelta(days=random.randrange((end - start).days + 1))


def write(folder, part, header, rows):
    with open(os.path.join(folder, part + ".csv"), "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


for index, (slug, (prefix, province, institutions)) in enumerate(WERKPLAATSEN.items()):
    os.makedirs(slug, exist_ok=True)
    kvks = [f"7{index + 1}{n:06d}" for n in range(1, 31)] + shared
    organisations = [[kvk, f"{random.choice(NAMES)} {random.choice(SURNAMES)}", random.choice("CFGIMNS"),
                      random.choice(["MICRO", "MICRO", "SMALL", "MEDIUM"]), province] for kvk in kvks]
    write(slug, "organisations", ["kvk_number", "name", "sbi_section", "size_class", "province"], organisations)

    trajecten, students, responses = [], [], []
    pool = [(random.choice(institutions), f"{prefix}-{n:04d}") for n in range(1, 41)]
    for n in range(1, 29):
        ref = f"{prefix}-{YEAR}-{n:03d}"
        started = day(date(YEAR, 1, 6), date(YEAR, 10, 31)) if n <= 26 else None
        status = "PLANNED" if started is None else random.choice(["COMPLETED", "COMPLETED", "COMPLETED", "RUNNING",
                                                                  "CANCELLED"])
        delivered = started + timedelta(days=random.randrange(40, 90)) if status == "COMPLETED" else None
        completed = delivered + timedelta(days=random.randrange(7, 30)) if delivered else None
        if completed and completed > date(YEAR, 12, 31):
            completed = date(YEAR, 12, 31)
            delivered = min(delivered, completed)
        offer = random.choice(OFFERS)
        trajecten.append([ref, random.choice(kvks), offer[0], offer[1], status, started or "", delivered or "",
                          completed or ""])
        for institution, student in random.sample(pool, random.randrange(1, 4)):
            students.append([ref, student, institution, LEVELS[institution]])
        if status == "COMPLETED" and random.random() < 0.7:
            answered = completed + timedelta(days=random.randrange(0, 20))
            if answered <= date(YEAR, 12, 31):
                rating = random.choice([10, 9, 9, 8, 8, 8, 7, 7, 6, 5])
                steps = ";".join(sorted(random.sample("abcdefgh", random.randrange(1, 3)))) \
                    if random.random() < 0.8 else random.choice(["i", "j"])
                responses.append([ref, "NL-1-METING-V1", answered] + [random.choice(AGREE) for _ in range(7)]
                                 + [rating, "", random.randrange(5, 11), steps, "", ""])
    write(slug, "trajecten", ["ref", "kvk_number", "offer_title", "archetype", "status", "started_on",
                              "delivered_on", "completed_on"], trajecten)
    write(slug, "traject_students", ["traject_ref", "student_ref", "institution", "education_level"], students)
    write(slug, "monitor_responses", ["traject_ref", "instrument_key", "answered_on", "q1a", "q1b", "q1c", "q1d",
                                      "q1e", "q1f", "q1g", "q2", "q3", "q4", "q5", "q5_other", "q6"], responses)

    events, registrations = [], []
    for n in range(1, 9):
        ref = f"{prefix}-E{YEAR}-{n:02d}"
        kind = random.choice(["WEBINAR", "WORKSHOP", "MASTERCLASS", "KNOWLEDGE_SESSION"])
        events.append([ref, f"{kind.capitalize().replace('_', ' ')} {n} ({YEAR})", kind,
                       day(date(YEAR, 1, 15), date(YEAR, 12, 10)), str(kind == "WEBINAR").lower(),
                       random.randrange(0, 15)])
        for _ in range(random.randrange(6, 16)):
            kvk = random.choice(kvks) if random.random() < 0.6 else ""
            registrations.append([ref, kvk, str(random.random() < 0.8).lower()])
    write(slug, "events", ["ref", "title", "kind", "starts_on", "online", "attended_without_registration"], events)
    write(slug, "registrations", ["event_ref", "kvk_number", "attended"], registrations)

    reach = [["NEWSLETTER", date(YEAR, m, 1), date(YEAR, m + 2, 28), random.randrange(150, 400),
              f"Nieuwsbrief kwartaal {(m + 2) // 3}"] for m in (1, 4, 7, 10)]
    reach.append(["SOCIAL_MEDIA", date(YEAR, 1, 1), date(YEAR, 12, 31), random.randrange(300, 900), "LinkedIn"])
    reach.append(["EVENT_ELSEWHERE", date(YEAR, 3, 20), date(YEAR, 3, 20), random.randrange(40, 120),
                  "Stand op de regionale ondernemersdag"])
    write(slug, "reach", ["channel", "period_start", "period_end", "count", "note"], reach)
