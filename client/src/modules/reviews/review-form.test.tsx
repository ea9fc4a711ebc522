import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { Client, fetchExchange, Provider } from 'urql';
import type { ReviewDecision } from '../../gql/graphql';
import { ReviewForm } from './review-form';
import { DECISION_COLOR, DecisionTag } from './review-tags';

function renderForm(answer?: Record<string, unknown>) {
  const sent: Record<string, unknown>[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { variables: { input: Record<string, unknown> } };
    sent.push(body.variables.input);
    const data = { reviewPairing: { __typename: 'Pairing', id: '7', status: 'CONCLUDED', version: 2 } };
    return new Response(JSON.stringify(answer ?? { data }), { headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange], fetch });
  const onDone = vi.fn();
  render(
    <Provider value={client}>
      <App>
        <ReviewForm pairingId="7" version={1} onDone={onDone} />
      </App>
    </Provider>,
  );
  return { sent, onDone };
}

const SLOW = { timeout: 10_000 };

describe('review form', () => {
  it('starts with nothing chosen: submitting at once shows field errors and sends nothing', async () => {
    const { sent, onDone } = renderForm();
    const form = screen.getByTestId('review-form');
    expect(form.querySelectorAll('.ant-radio-button-wrapper-checked')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('review-submit'));
    await screen.findByText('请选择评估等级', {}, SLOW);
    expect(screen.getByText('请选择评估决定')).toBeTruthy();
    expect(sent).toEqual([]);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('sends the rating and decision the reviewer chose', async () => {
    const { sent, onDone } = renderForm();
    fireEvent.click(screen.getByTestId('review-rating-IMPROVED'));
    fireEvent.click(screen.getByTestId('review-decision-CONCLUDE'));
    fireEvent.click(screen.getByTestId('review-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('CONCLUDED'), SLOW);
    expect(sent).toEqual([
      expect.objectContaining({ pairingId: '7', rating: 'IMPROVED', decision: 'CONCLUDE', newPlannedEndDate: null }),
    ]);
  });

  it('shows the server’s refusal at the field it names, worded from its reason in Chinese', async () => {
    const { onDone } = renderForm({
      data: null,
      errors: [
        {
          message: 'At most 1000 characters',
          extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'comments', max: 1000 },
        },
      ],
    });
    fireEvent.click(screen.getByTestId('review-rating-IMPROVED'));
    fireEvent.click(screen.getByTestId('review-decision-CONCLUDE'));
    fireEvent.click(screen.getByTestId('review-submit'));
    await screen.findByText('不能超过 1000 个字符', {}, SLOW);
    expect(screen.queryByText('At most 1000 characters')).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('gives each decision its own colour: concluding is not the red of escalating', () => {
    const decisions: ReviewDecision[] = ['CONCLUDE', 'EXTEND', 'ESCALATE'];
    expect(new Set(decisions.map((d) => DECISION_COLOR[d])).size).toBe(decisions.length);
    render(
      <>
        {decisions.map((d) => (
          <DecisionTag key={d} decision={d} />
        ))}
      </>,
    );
    const classes = screen.getAllByTestId('review-decision-tag').map((tag) => tag.className);
    expect(new Set(classes).size).toBe(3);
    expect(classes[0]).toContain('ant-tag-green');
    expect(classes[2]).toContain('ant-tag-red');
  });
});
