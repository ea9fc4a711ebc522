import { graphql } from '../../gql';
export { RecordTalkMutation } from './record-talk-document';

export const TalksQuery = graphql(`
  query Talks($filter: TalkFilter, $first: Int, $after: String) {
    talks(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...CursorPageInfo
      }
      edges {
        node {
          ...TalkCard
        }
      }
    }
  }
`);

export const TalkQuery = graphql(`
  query Talk($id: ID!) {
    talk(id: $id) {
      ...TalkCard
      ...TalkFieldValues
      pairing {
        id
      }
      actionItems {
        ...ActionItemRow
      }
    }
  }
`);

export const TalkeeOptionsQuery = graphql(`
  query TalkeeOptions($search: String) {
    officers(filter: { search: $search }, first: 20) {
      edges {
        node {
          id
          name
          badgeNumber
          branch {
            ...BranchName
          }
        }
      }
    }
  }
`);

export const TalkeePairingsQuery = graphql(`
  query TalkeePairings($menteeId: ID!) {
    pairings(filter: { menteeId: $menteeId, status: [ACTIVE, IN_REVIEW] }, first: 5) {
      edges {
        node {
          id
          startDate
          status
        }
      }
    }
  }
`);
