/** The handbook through the API: the version cycle, what readers see, comparison, links, reading, safety, PDF. */
import { describe, expect, it } from 'vitest';
import { daysFromToday } from '../../lib/calendar.ts';
import { auditedActions, answer, testAppForFile } from '../../server/testing.ts';
import { addDocument, addProcess, approve, handbookTeam, inOrg, onDoc, sampleDoc } from './testing.ts';

const ctx = testAppForFile();

describe('the version cycle', () => {
  it('draft → in review → approved; staff read the approved version, writers the draft; every version kept', async () => {
    const t = await handbookTeam(ctx);
    const api = t.director.api;
    const intake = await addProcess(t.director, t.orgId, 'Intake tot uitstroom');
    const doc = await addDocument(t.director, t.orgId, intake, 'Procedure intake', sampleDoc('Versie een.'));
    // A begeleider does not see a document that has no approved version yet.
    let coachView = await answer(t.coach.client.api.GET('/orgs/{orgId}/handbook', inOrg(t.orgId)));
    expect(coachView.body.documents).toEqual([]);
    expect(
      (await answer(t.coach.client.api.GET('/orgs/{orgId}/handbook/documents/{documentId}', onDoc(t.orgId, doc))))
        .status,
    ).toBe(404);
    // staf writes and submits but may not approve.
    const staff = t.staff.client.api;
    const submit = await answer(
      staff.POST('/orgs/{orgId}/handbook/documents/{documentId}/submit', onDoc(t.orgId, doc)),
    );
    expect(submit.body).toMatchObject({ number: 1 });
    const locked = await answer(
      staff.PUT('/orgs/{orgId}/handbook/documents/{documentId}/draft', {
        ...onDoc(t.orgId, doc),
        body: { content: sampleDoc() as never },
      }),
    );
    expect(locked.status).toBe(409);
    expect(
      (await answer(staff.POST('/orgs/{orgId}/handbook/documents/{documentId}/approve', onDoc(t.orgId, doc)))).status,
    ).toBe(403);
    const waiting = await answer(api.GET('/orgs/{orgId}/handbook/approvals', inOrg(t.orgId)));
    expect(waiting.body.items).toEqual([
      expect.objectContaining({ documentId: doc, version: 1, createdBy: expect.any(String) }),
    ]);
    const ok = await answer(api.POST('/orgs/{orgId}/handbook/documents/{documentId}/approve', onDoc(t.orgId, doc)));
    expect(ok.status).toBe(200);
    // A second version: a draft the writers see, while staff keep reading version 1.
    const v2 = await answer(
      staff.PUT('/orgs/{orgId}/handbook/documents/{documentId}/draft', {
        ...onDoc(t.orgId, doc),
        body: { content: sampleDoc('Versie twee, met een nieuwe zin.') as never, changeNote: 'Termijn' },
      }),
    );
    expect(v2.body).toMatchObject({ number: 2 });
    const writer = await answer(api.GET('/orgs/{orgId}/handbook/documents/{documentId}', onDoc(t.orgId, doc)));
    expect([writer.body.status, writer.body.approvedVersion, writer.body.shown?.number]).toEqual(['draft', 1, 2]);
    expect(writer.body.versions.map((v) => [v.number, v.status])).toEqual([
      [2, 'draft'],
      [1, 'approved'],
    ]);
    expect(writer.body.versions[1]?.approvedBy).toMatch(/^Test directie/);
    const reader = await answer(
      t.coach.client.api.GET('/orgs/{orgId}/handbook/documents/{documentId}', onDoc(t.orgId, doc)),
    );
    expect([reader.body.shown?.number, reader.body.versions.length, reader.body.mayWrite]).toEqual([1, 1, false]);
    expect(JSON.stringify(reader.body.shown?.content)).toContain('Versie een.');
    // Readers cannot open the draft version.
    const draftId = writer.body.versions[0]!.id;
    const hidden = await answer(
      t.coach.client.api.GET('/orgs/{orgId}/handbook/documents/{documentId}/versions/{versionId}', {
        params: { path: { orgId: t.orgId, documentId: doc, versionId: draftId } },
      }),
    );
    expect(hidden.status).toBe(404);
    // The comparison marks the changed paragraph as removed and added; the rest is kept.
    const cmp = await answer(
      api.GET('/orgs/{orgId}/handbook/documents/{documentId}/compare', {
        ...onDoc(t.orgId, doc),
        params: {
          path: { orgId: t.orgId, documentId: doc },
          query: { from: writer.body.versions[1]!.id, to: draftId },
        },
      }),
    );
    expect(cmp.body.parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'Versie een. Zie de website' },
      { kind: 'added', text: 'Versie twee, met een nieuwe zin. Zie de website' },
    ]);
    expect(cmp.body.parts).toContainEqual({ kind: 'same', text: '| Wie | Wat |' });
    // Search reads the approved text for readers.
    coachView = await answer(
      t.coach.client.api.GET('/orgs/{orgId}/handbook', {
        params: { path: { orgId: t.orgId }, query: { q: 'nieuwe zin' } },
      }),
    );
    expect(coachView.body.documents).toEqual([]);
    coachView = await answer(
      t.coach.client.api.GET('/orgs/{orgId}/handbook', {
        params: { path: { orgId: t.orgId }, query: { q: 'versie een' } },
      }),
    );
    expect(coachView.body.documents.map((d) => d.title)).toEqual(['Procedure intake']);
    const found = await answer(
      api.GET('/orgs/{orgId}/handbook', { params: { path: { orgId: t.orgId }, query: { q: 'nieuwe zin' } } }),
    );
    expect(found.body.documents.map((d) => d.title)).toEqual(['Procedure intake']);
    // Withdrawn: staff no longer read it.
    expect(
      (await answer(api.POST('/orgs/{orgId}/handbook/documents/{documentId}/withdraw', onDoc(t.orgId, doc)))).status,
    ).toBe(200);
    coachView = await answer(t.coach.client.api.GET('/orgs/{orgId}/handbook', inOrg(t.orgId)));
    expect(coachView.body.documents).toEqual([]);
    expect(await auditedActions(ctx.db, t.orgId, 'handbook.')).toEqual([
      'handbook.process_created',
      'handbook.document_created',
      'handbook.submit',
      'handbook.approve',
      'handbook.draft_saved',
      'handbook.withdraw',
    ]);
  });
});

describe('rich text is stored only as a checked document', () => {
  it('refuses script nodes, event attributes and javascript: links, and keeps nothing of them', async () => {
    const t = await handbookTeam(ctx);
    const api = t.director.api;
    const p = await addProcess(t.director, t.orgId, 'Ondersteuning');
    const doc = await addDocument(t.director, t.orgId, p, 'Instructie medicatie');
    const bad = [
      { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }] },
      {
        type: 'doc',
        content: [{ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [{ type: 'text', text: 'x' }] }],
      },
      {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'klik', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            ],
          },
        ],
      },
      {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'klik', marks: [{ type: 'link', attrs: { href: ' JaVaScRiPt:alert(1)' } }] },
            ],
          },
        ],
      },
      {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>', html: '<b>' }] }],
      },
      'Hallo <script>alert(1)</script>',
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(20_001) }] }] },
    ];
    for (const content of bad) {
      const a = await answer(
        api.PUT('/orgs/{orgId}/handbook/documents/{documentId}/draft', {
          ...onDoc(t.orgId, doc),
          body: { content: content as never },
        }),
      );
      expect(a.status).toBe(400);
    }
    // Text that looks like HTML is only text: it is stored as the characters it is.
    const literal = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }] }],
    };
    const saved = await answer(
      api.PUT('/orgs/{orgId}/handbook/documents/{documentId}/draft', {
        ...onDoc(t.orgId, doc),
        body: { content: literal as never },
      }),
    );
    expect(saved.status).toBe(200);
    const detail = await answer(api.GET('/orgs/{orgId}/handbook/documents/{documentId}', onDoc(t.orgId, doc)));
    expect(detail.body.shown?.content).toEqual(literal);
    const mail = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'mail', marks: [{ type: 'link', attrs: { href: 'mailto:kwaliteit@vzw.be' } }] },
          ],
        },
      ],
    };
    const ok = await answer(
      api.PUT('/orgs/{orgId}/handbook/documents/{documentId}/draft', {
        ...onDoc(t.orgId, doc),
        body: { content: mail as never },
      }),
    );
    expect(ok.status).toBe(200);
  });
});

describe('links, as-is and to-be, reading and the PDF', () => {
  it('links KPIs, actions, CAF and risks; an open action shows as-is/to-be; reading is asked and confirmed', async () => {
    const t = await handbookTeam(ctx);
    const api = t.director.api;
    const p = await addProcess(t.director, t.orgId, 'Personeel');
    const doc = await addDocument(t.director, t.orgId, p, 'Procedure selectie');
    const kpi = await t.director.post(`/api/orgs/${t.orgId}/kpis`, {
      code: 'TEVREDEN',
      nameNl: 'Tevredenheid',
      unit: 'count',
      direction: 'up',
      frequency: 'year',
      perspective: 'processes',
    });
    const action = await t.director.post(`/api/orgs/${t.orgId}/actions`, { title: 'Selectie herzien' });
    const risk = await answer(
      api.POST('/orgs/{orgId}/handbook/risks', {
        ...inOrg(t.orgId),
        body: { title: 'Verkeerde aanwerving', level: 'high' },
      }),
    );
    expect([kpi.status, action.status, risk.status]).toEqual([200, 200, 200]);
    const choices = await answer(api.GET('/orgs/{orgId}/handbook/choices', inOrg(t.orgId)));
    expect(choices.body.caf.length).toBe(28);
    const foreign = await handbookTeam(ctx);
    const otherKpi = await foreign.director.post(`/api/orgs/${foreign.orgId}/kpis`, {
      code: 'VREEMD',
      nameNl: 'Vreemd',
      unit: 'count',
      direction: 'up',
      frequency: 'year',
      perspective: 'processes',
    });
    const wrong = await answer(
      api.PATCH('/orgs/{orgId}/handbook/documents/{documentId}', {
        ...onDoc(t.orgId, doc),
        body: { links: { kpiIds: [otherKpi.body.id], actionIds: [], riskIds: [], cafCodes: ['9.9'] } },
      }),
    );
    expect([wrong.status, wrong.body.error?.fields?.map((f) => f.path)]).toEqual([
      404,
      ['links.kpiIds.0', 'links.cafCodes.0'],
    ]);
    const linked = await answer(
      api.PATCH('/orgs/{orgId}/handbook/documents/{documentId}', {
        ...onDoc(t.orgId, doc),
        body: {
          links: { kpiIds: [kpi.body.id], actionIds: [action.body.id], riskIds: [risk.body.id!], cafCodes: ['3.1'] },
          asIs: 'Selectie door één persoon.',
          toBe: 'Selectie door een panel van drie.',
          reviewOn: daysFromToday(30),
        },
      }),
    );
    expect(linked.status).toBe(200);
    await approve(t.director, t.orgId, doc);
    const detail = await answer(
      t.coach.client.api.GET('/orgs/{orgId}/handbook/documents/{documentId}', onDoc(t.orgId, doc)),
    );
    expect(detail.body.links.kpis.map((k) => k.label)).toEqual(['TEVREDEN Tevredenheid']);
    expect(detail.body.links.actions).toEqual([{ id: action.body.id, label: 'Selectie herzien', open: true }]);
    expect(detail.body.links.risks.map((r) => r.label)).toEqual(['Verkeerde aanwerving']);
    expect(detail.body.links.caf.map((c) => c.id)).toEqual(['3.1']);
    expect([detail.body.actionOpen, detail.body.asIs, detail.body.toBe]).toEqual([
      true,
      'Selectie door één persoon.',
      'Selectie door een panel van drie.',
    ]);
    // Ask the begeleiders to read; one confirms; the overview names the other.
    const ask = await answer(
      api.POST('/orgs/{orgId}/handbook/documents/{documentId}/read-requests', {
        ...onDoc(t.orgId, doc),
        body: { role: 'begeleider' },
      }),
    );
    expect(ask.status).toBe(200);
    const byRole = await answer(
      t.coach.client.api.GET('/orgs/{orgId}/handbook', {
        params: { path: { orgId: t.orgId }, query: { role: 'begeleider' } },
      }),
    );
    expect(byRole.body.documents.map((d) => [d.title, d.readByMe])).toEqual([['Procedure selectie', false]]);
    expect(
      (
        await answer(
          t.coach.client.api.POST('/orgs/{orgId}/handbook/documents/{documentId}/confirm', onDoc(t.orgId, doc)),
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await answer(
          t.board.client.api.GET('/orgs/{orgId}/handbook/documents/{documentId}/readers', onDoc(t.orgId, doc)),
        )
      ).status,
    ).toBe(403);
    const readers = await answer(api.GET('/orgs/{orgId}/handbook/documents/{documentId}/readers', onDoc(t.orgId, doc)));
    expect(readers.body.requests.map((r) => r.role)).toEqual(['begeleider']);
    expect(readers.body.readers.map((r) => [r.userId, r.readOn !== null]).sort()).toEqual(
      [
        [t.coach.userId, true],
        [t.coach2.userId, false],
      ].sort(),
    );
    // Reviews due within 60 days are listed for writers, not for readers.
    const overview = await answer(api.GET('/orgs/{orgId}/handbook', inOrg(t.orgId)));
    expect(overview.body.reviewDue).toEqual([{ id: doc, title: 'Procedure selectie', reviewOn: daysFromToday(30) }]);
    expect(byRole.body.reviewDue).toEqual([]);
    expect(overview.body.documents[0]).toMatchObject({ askedRoles: ['begeleider'], approvedVersion: 1 });
    // The PDF: one file with the approved document, for the board too.
    const pdf = await t.board.client.req('GET', `/api/orgs/${t.orgId}/handbook/export.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });
});
