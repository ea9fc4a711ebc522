/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment AccountFields on Account {\n    id\n    username\n    roles\n    disabled\n    mustChangePassword\n    passwordChangedAt\n    officer {\n      id\n      name\n      badgeNumber\n      branch {\n        id\n        name\n      }\n    }\n  }\n': typeof types.AccountFieldsFragmentDoc;
  '\n  query Accounts($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AccountFields\n        }\n      }\n    }\n  }\n': typeof types.AccountsDocument;
  '\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      oneTimePassword\n      account {\n        ...AccountFields\n      }\n    }\n  }\n': typeof types.CreateAccountDocument;
  '\n  mutation SetAccountRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      ...AccountFields\n    }\n  }\n': typeof types.SetAccountRolesDocument;
  '\n  mutation DisableAccount($officerId: ID!) {\n    disableAccount(officerId: $officerId) {\n      ...AccountFields\n    }\n  }\n': typeof types.DisableAccountDocument;
  '\n  mutation EnableAccount($officerId: ID!) {\n    enableAccount(officerId: $officerId) {\n      ...AccountFields\n    }\n  }\n': typeof types.EnableAccountDocument;
  '\n  mutation ResetPassword($officerId: ID!) {\n    resetPassword(officerId: $officerId) {\n      oneTimePassword\n      account {\n        ...AccountFields\n      }\n    }\n  }\n': typeof types.ResetPasswordDocument;
  '\n  query ActionItems($filter: ActionItemFilter, $first: Int, $after: String) {\n    actionItems(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActionItemRow\n          pairing {\n            id\n            mentee {\n              id\n              name\n            }\n          }\n          visit {\n            id\n            kind\n            occurredAt\n          }\n          talk {\n            id\n            kind\n            occurredAt\n          }\n        }\n      }\n    }\n  }\n': typeof types.ActionItemsDocument;
  '\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      id\n      status\n      note\n      overdue\n      closedAt\n      version\n    }\n  }\n': typeof types.UpdateActionItemDocument;
  '\n  mutation EditActionItem($input: EditActionItemInput!) {\n    editActionItem(input: $input) {\n      ...ActionItemRow\n    }\n  }\n': typeof types.EditActionItemDocument;
  '\n  query ItemOwnerOptions($id: ID!) {\n    pairing(id: $id) {\n      id\n      mentee {\n        id\n        name\n      }\n      mentors {\n        role\n        officer {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ItemOwnerOptionsDocument;
  '\n  fragment ActionItemRow on ActionItem {\n    id\n    description\n    dueDate\n    status\n    overdue\n    note\n    version\n    owner {\n      id\n      name\n    }\n    branch {\n      id\n    }\n    pairing {\n      id\n    }\n  }\n': typeof types.ActionItemRowFragmentDoc;
  '\n  fragment AdminBranchFields on Branch {\n    id\n    code\n    name\n    kind\n  }\n': typeof types.AdminBranchFieldsFragmentDoc;
  '\n  query AdminBranches {\n    branches {\n      ...AdminBranchFields\n    }\n  }\n': typeof types.AdminBranchesDocument;
  '\n  mutation CreateBranch($input: CreateBranchInput!) {\n    createBranch(input: $input) {\n      ...AdminBranchFields\n    }\n  }\n': typeof types.CreateBranchDocument;
  '\n  mutation RenameBranch($input: RenameBranchInput!) {\n    renameBranch(input: $input) {\n      ...AdminBranchFields\n    }\n  }\n': typeof types.RenameBranchDocument;
  '\n  fragment RosterOfficerFields on Officer {\n    id\n    name\n    nameInitials\n    badgeNumber\n    category\n    position\n    phone\n    isMentor\n    disabled\n    version\n    branch {\n      id\n      name\n    }\n    account {\n      id\n      username\n    }\n  }\n': typeof types.RosterOfficerFieldsFragmentDoc;
  '\n  query RosterOfficers($filter: OfficerFilter, $first: Int, $after: String) {\n    officers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RosterOfficerFields\n        }\n      }\n    }\n  }\n': typeof types.RosterOfficersDocument;
  '\n  mutation CreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      ...RosterOfficerFields\n    }\n  }\n': typeof types.CreateOfficerDocument;
  '\n  mutation UpdateOfficer($input: UpdateOfficerInput!) {\n    updateOfficer(input: $input) {\n      ...RosterOfficerFields\n    }\n  }\n': typeof types.UpdateOfficerDocument;
  '\n  mutation TransferOfficer($input: TransferOfficerInput!) {\n    transferOfficer(input: $input) {\n      ...RosterOfficerFields\n    }\n  }\n': typeof types.TransferOfficerDocument;
  '\n  mutation DeactivateOfficer($input: DeactivateOfficerInput!) {\n    deactivateOfficer(input: $input) {\n      ...RosterOfficerFields\n    }\n  }\n': typeof types.DeactivateOfficerDocument;
  '\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          subjectType\n          subjectId\n          createdAt\n          detail\n          actor {\n            id\n            name\n            badgeNumber\n          }\n        }\n      }\n    }\n  }\n': typeof types.AuditEventsDocument;
  '\n  query Me {\n    me {\n      id\n      username\n      roles\n      mustChangePassword\n      abilityRules\n      officer {\n        id\n        name\n        badgeNumber\n        category\n        position\n      }\n      branch {\n        id\n        name\n        kind\n      }\n      bureau {\n        id\n        name\n      }\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  query Dashboard($branchId: ID, $from: String, $to: String) {\n    dashboard(branchId: $branchId, from: $from, to: $to) {\n      branch {\n        id\n        name\n      }\n      from\n      to\n      asOf\n      officersHelped\n      pairings {\n        total\n        active\n        inReview\n        concluded\n        escalated\n        cancelled\n      }\n      pairingsByReason {\n        reason\n        count\n      }\n      overduePairings\n      visitCount\n      followUpVisits\n      forumSessions\n      acknowledgmentRate\n      actionItems {\n        total\n        counted\n        done\n        doneOnTime\n        open\n        overdue\n        completionRate\n      }\n      talkCount\n      contactsByMonth {\n        month\n        partial\n        visits\n        followUps\n        talks\n      }\n      ratings {\n        rating\n        count\n      }\n      branches {\n        branch {\n          id\n          name\n        }\n        officersHelped\n        active\n        inReview\n        overdue\n        overdueShare\n        contacts\n        followUps\n        talks\n        acknowledgmentRate\n      }\n    }\n  }\n': typeof types.DashboardDocument;
  '\n  query CommitteeTodo {\n    escalated: pairings(filter: { status: [ESCALATED] }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          mentee {\n            id\n            name\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n    dashboard {\n      from\n      to\n      overduePairings\n      branches {\n        branch {\n          id\n          name\n        }\n        active\n        overdue\n        overdueShare\n      }\n    }\n  }\n': typeof types.CommitteeTodoDocument;
  '\n  query LedgerBranches {\n    branches {\n      id\n      name\n      code\n    }\n  }\n': typeof types.LedgerBranchesDocument;
  '\n  mutation ExportLedger($input: ExportLedgerInput!) {\n    exportLedger(input: $input) {\n      url\n      filename\n    }\n  }\n': typeof types.ExportLedgerDocument;
  '\n  fragment PairingListItem on Pairing {\n    id\n    status\n    reason\n    pairingType\n    startDate\n    plannedEndDate\n    nextContactDue\n    overdue\n    version\n    mentee {\n      id\n      name\n      badgeNumber\n    }\n    branch {\n      id\n      name\n    }\n    leadMentor {\n      id\n      name\n    }\n  }\n': typeof types.PairingListItemFragmentDoc;
  '\n  fragment CapacityWarning on MentorLoad {\n    officerId\n    activeCount\n    limit\n    officer {\n      id\n      name\n    }\n  }\n': typeof types.CapacityWarningFragmentDoc;
  '\n  query PairingsList($filter: PairingFilter, $orderBy: PairingOrderBy, $first: Int, $after: String) {\n    pairings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PairingListItem\n        }\n      }\n    }\n  }\n': typeof types.PairingsListDocument;
  '\n  query OfficerOptions($filter: OfficerFilter, $first: Int) {\n    officers(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          badgeNumber\n          position\n          isMentor\n          flaggedReason\n          activeMentoringCount\n          currentPairing {\n            id\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.OfficerOptionsDocument;
  '\n  query OfficerById($id: ID!) {\n    officer(id: $id) {\n      id\n      name\n      badgeNumber\n      flaggedReason\n    }\n  }\n': typeof types.OfficerByIdDocument;
  '\n  query MentorCapacity($mentorIds: [ID!]!) {\n    mentorCapacity(mentorIds: $mentorIds) {\n      officerId\n      activeCount\n      limit\n      atCapacity\n      officer {\n        id\n        name\n      }\n    }\n  }\n': typeof types.MentorCapacityDocument;
  '\n  mutation CreatePairing($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      warnings\n      capacityWarnings {\n        ...CapacityWarning\n      }\n      pairing {\n        id\n      }\n    }\n  }\n': typeof types.CreatePairingDocument;
  '\n  query PairingDetail($id: ID!) {\n    pairing(id: $id) {\n      id\n      status\n      reason\n      goals\n      pairingType\n      startDate\n      plannedEndDate\n      contactIntervalDays\n      riskNotes\n      lastContactAt\n      nextContactDue\n      overdue\n      reviewSummary\n      submittedAt\n      cancelReason\n      version\n      mentee {\n        id\n        name\n        badgeNumber\n        position\n      }\n      branch {\n        id\n        name\n      }\n      mentors {\n        role\n        startedAt\n        officer {\n          id\n          name\n        }\n      }\n      mentorHistory {\n        role\n        startedAt\n        endedAt\n        officer {\n          id\n          name\n        }\n      }\n      visitCounts {\n        kind\n        count\n      }\n      timeline(newestFirst: true) {\n        id\n        kind\n        type\n        occurredAt\n        summary\n        status\n        dueDate\n        recordId\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.PairingDetailDocument;
  '\n  mutation UpdatePairing($input: UpdatePairingInput!) {\n    updatePairing(input: $input) {\n      capacityWarnings {\n        ...CapacityWarning\n      }\n      pairing {\n        id\n        version\n      }\n    }\n  }\n': typeof types.UpdatePairingDocument;
  '\n  mutation CancelPairing($id: ID!, $reason: String!, $version: Int) {\n    cancelPairing(id: $id, reason: $reason, version: $version) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.CancelPairingDocument;
  '\n  mutation SubmitPairingForReview($id: ID!, $summary: String!, $version: Int) {\n    submitPairingForReview(id: $id, summary: $summary, version: $version) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.SubmitPairingForReviewDocument;
  '\n  query SecretaryHome($branchId: ID!) {\n    active: pairings(filter: { branchId: $branchId, status: [ACTIVE] }, orderBy: NEXT_CONTACT_DUE, first: 8) {\n      totalCount\n      edges {\n        node {\n          ...PairingListItem\n        }\n      }\n    }\n    overdue: pairings(filter: { branchId: $branchId, overdue: true }, first: 1) {\n      totalCount\n    }\n    awaitingAck: pairings(\n      filter: { branchId: $branchId, status: [ACTIVE, IN_REVIEW], awaitingAcknowledgment: true }\n      orderBy: UPDATED_AT\n      first: 5\n    ) {\n      totalCount\n      edges {\n        node {\n          ...PairingListItem\n        }\n      }\n    }\n    inReview: pairings(filter: { branchId: $branchId, status: [IN_REVIEW] }, orderBy: UPDATED_AT, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...PairingListItem\n        }\n      }\n    }\n    flagged: officers(filter: { branchId: $branchId, flagged: true, paired: false }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          badgeNumber\n          position\n          flaggedReason\n        }\n      }\n    }\n  }\n': typeof types.SecretaryHomeDocument;
  '\n  query OwnPairing($menteeId: ID!) {\n    pairings(filter: { menteeId: $menteeId }, first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n': typeof types.OwnPairingDocument;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n': typeof types.ChangePasswordDocument;
  '\n  query ReviewQueue($first: Int, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          submittedAt\n          startDate\n          plannedEndDate\n          mentee {\n            id\n            name\n          }\n          branch {\n            id\n            name\n          }\n          leadMentor {\n            id\n            name\n          }\n          evidence {\n            durationDays\n            visitCount\n            acknowledgmentRate\n            contactRegularity\n            actionItemsOpen\n            actionItemsOverdue\n            talkCount\n          }\n        }\n      }\n    }\n  }\n': typeof types.ReviewQueueDocument;
  '\n  query OutcomeReviews($first: Int, $after: String) {\n    outcomeReviews(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          decision\n          rating\n          createdAt\n          newPlannedEndDate\n          pairing {\n            id\n            mentee {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.OutcomeReviewsDocument;
  '\n  query ReviewPairingDetail($id: ID!) {\n    pairing(id: $id) {\n      id\n      status\n      version\n      reason\n      goals\n      startDate\n      plannedEndDate\n      contactIntervalDays\n      submittedAt\n      riskNotes\n      mentee {\n        id\n        name\n        badgeNumber\n      }\n      branch {\n        id\n        name\n      }\n      mentors {\n        role\n        officer {\n          id\n          name\n        }\n      }\n      evidence {\n        summary\n        asOf\n        durationDays\n        visitCount\n        acknowledgedVisits\n        acknowledgmentRate\n        visitsByKind {\n          kind\n          count\n        }\n        actionItemsDone\n        actionItemsOpen\n        actionItemsOverdue\n        actionItemsDropped\n        talkCount\n        contactIntervals\n        contactIntervalsMet\n        contactRegularity\n      }\n      timeline {\n        id\n        kind\n        type\n        occurredAt\n        summary\n        status\n        dueDate\n        actor {\n          id\n          name\n        }\n      }\n      reviews {\n        id\n        decision\n        rating\n        comments\n        newPlannedEndDate\n        createdAt\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ReviewPairingDetailDocument;
  '\n  mutation ReviewPairing($input: ReviewPairingInput!) {\n    reviewPairing(input: $input) {\n      id\n      status\n      version\n      plannedEndDate\n      nextContactDue\n    }\n  }\n': typeof types.ReviewPairingDocument;
  '\n  mutation UpdateTalk($input: UpdateTalkInput!) {\n    updateTalk(input: $input) {\n      id\n      version\n      locked\n      editable\n      kind\n      occurredAt\n      topics\n      officerViews\n      problemsRaised\n      guidance\n      assessment\n    }\n  }\n': typeof types.UpdateTalkDocument;
  '\n  query Talks($filter: TalkFilter, $first: Int, $after: String) {\n    talks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TalkCard\n        }\n      }\n    }\n  }\n': typeof types.TalksDocument;
  '\n  query Talk($id: ID!) {\n    talk(id: $id) {\n      ...TalkCard\n      version\n      locked\n      editable\n      officerViews\n      problemsRaised\n      guidance\n      assessment\n      pairing {\n        id\n      }\n      actionItems {\n        ...ActionItemRow\n      }\n    }\n  }\n': typeof types.TalkDocument;
  '\n  mutation RecordTalk($input: RecordTalkInput!) {\n    recordTalk(input: $input) {\n      id\n    }\n  }\n': typeof types.RecordTalkDocument;
  '\n  query TalkeeOptions($search: String) {\n    officers(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          badgeNumber\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.TalkeeOptionsDocument;
  '\n  query TalkeePairings($menteeId: ID!) {\n    pairings(filter: { menteeId: $menteeId, status: [ACTIVE, IN_REVIEW] }, first: 5) {\n      edges {\n        node {\n          id\n          startDate\n          status\n        }\n      }\n    }\n  }\n': typeof types.TalkeePairingsDocument;
  '\n  fragment TalkCard on Talk {\n    id\n    kind\n    occurredAt\n    topics\n    confidential\n    talker {\n      id\n      name\n    }\n    talkee {\n      id\n      name\n    }\n    branch {\n      id\n      name\n    }\n  }\n': typeof types.TalkCardFragmentDoc;
  '\n  query MentorHome($mentorId: ID!) {\n    pairings(filter: { mentorId: $mentorId, status: [ACTIVE] }, first: 50) {\n      edges {\n        node {\n          id\n          lastContactAt\n          nextContactDue\n          overdue\n          mentee {\n            id\n            name\n          }\n          actionItems(status: OPEN) {\n            ...ActionItemRow\n          }\n        }\n      }\n    }\n  }\n': typeof types.MentorHomeDocument;
  '\n  query LogVisitPairing($id: ID!) {\n    pairing(id: $id) {\n      id\n      status\n      startDate\n      mentee {\n        id\n        name\n      }\n      mentors {\n        role\n        officer {\n          id\n          name\n        }\n      }\n      actionItems(status: OPEN) {\n        ...ActionItemRow\n      }\n    }\n  }\n': typeof types.LogVisitPairingDocument;
  '\n  mutation LogVisit($input: LogVisitInput!) {\n    logVisit(input: $input) {\n      id\n      pairing {\n        id\n        lastContactAt\n        nextContactDue\n        overdue\n      }\n    }\n  }\n': typeof types.LogVisitDocument;
  '\n  query Visits($filter: VisitFilter, $first: Int, $after: String) {\n    visits(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...VisitCard\n        }\n      }\n    }\n  }\n': typeof types.VisitsDocument;
  '\n  query Visit($id: ID!) {\n    visit(id: $id) {\n      id\n      kind\n      occurredAt\n      location\n      participants\n      summary\n      observations\n      confidentialNotes\n      nextVisitDue\n      acknowledgedAt\n      acknowledgmentComment\n      locked\n      editable\n      version\n      author {\n        id\n        name\n      }\n      participantMentors {\n        id\n        name\n      }\n      pairing {\n        id\n        startDate\n        mentee {\n          id\n          name\n        }\n      }\n      actionItems {\n        ...ActionItemRow\n      }\n    }\n  }\n': typeof types.VisitDocument;
  '\n  mutation UpdateVisit($input: UpdateVisitInput!) {\n    updateVisit(input: $input) {\n      id\n      kind\n      occurredAt\n      location\n      participants\n      summary\n      observations\n      confidentialNotes\n      nextVisitDue\n      locked\n      editable\n      version\n    }\n  }\n': typeof types.UpdateVisitDocument;
  '\n  mutation AcknowledgeVisit($id: ID!, $comment: String) {\n    acknowledgeVisit(id: $id, comment: $comment) {\n      id\n      acknowledgedAt\n      acknowledgmentComment\n      locked\n      editable\n    }\n  }\n': typeof types.AcknowledgeVisitDocument;
  '\n  query OfficerHome($me: ID!) {\n    pairings(filter: { menteeId: $me }, first: 5) {\n      edges {\n        node {\n          id\n          status\n          goals\n          startDate\n          plannedEndDate\n          lastContactAt\n          nextContactDue\n          mentors {\n            role\n            officer {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    visits(filter: { menteeId: $me, acknowledged: false }, first: 20) {\n      edges {\n        node {\n          id\n          kind\n          occurredAt\n          location\n          summary\n          observations\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n    actionItems(filter: { ownerId: $me, status: OPEN }, first: 50) {\n      edges {\n        node {\n          ...ActionItemRow\n        }\n      }\n    }\n  }\n': typeof types.OfficerHomeDocument;
  '\n  query VisitBranches {\n    branches {\n      id\n      name\n    }\n  }\n': typeof types.VisitBranchesDocument;
  '\n  query VisitListLivePairings($mentorId: ID!) {\n    pairings(filter: { mentorId: $mentorId, status: [ACTIVE] }, first: 50) {\n      edges {\n        node {\n          id\n          mentee {\n            id\n            name\n            badgeNumber\n          }\n        }\n      }\n    }\n  }\n': typeof types.VisitListLivePairingsDocument;
  '\n  fragment VisitCard on Visit {\n    id\n    kind\n    occurredAt\n    location\n    summary\n    acknowledgedAt\n    locked\n    author {\n      id\n      name\n    }\n    pairing {\n      id\n      mentee {\n        id\n        name\n      }\n    }\n  }\n': typeof types.VisitCardFragmentDoc;
};
const documents: Documents = {
  '\n  fragment AccountFields on Account {\n    id\n    username\n    roles\n    disabled\n    mustChangePassword\n    passwordChangedAt\n    officer {\n      id\n      name\n      badgeNumber\n      branch {\n        id\n        name\n      }\n    }\n  }\n':
    types.AccountFieldsFragmentDoc,
  '\n  query Accounts($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AccountFields\n        }\n      }\n    }\n  }\n':
    types.AccountsDocument,
  '\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      oneTimePassword\n      account {\n        ...AccountFields\n      }\n    }\n  }\n':
    types.CreateAccountDocument,
  '\n  mutation SetAccountRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      ...AccountFields\n    }\n  }\n':
    types.SetAccountRolesDocument,
  '\n  mutation DisableAccount($officerId: ID!) {\n    disableAccount(officerId: $officerId) {\n      ...AccountFields\n    }\n  }\n':
    types.DisableAccountDocument,
  '\n  mutation EnableAccount($officerId: ID!) {\n    enableAccount(officerId: $officerId) {\n      ...AccountFields\n    }\n  }\n':
    types.EnableAccountDocument,
  '\n  mutation ResetPassword($officerId: ID!) {\n    resetPassword(officerId: $officerId) {\n      oneTimePassword\n      account {\n        ...AccountFields\n      }\n    }\n  }\n':
    types.ResetPasswordDocument,
  '\n  query ActionItems($filter: ActionItemFilter, $first: Int, $after: String) {\n    actionItems(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActionItemRow\n          pairing {\n            id\n            mentee {\n              id\n              name\n            }\n          }\n          visit {\n            id\n            kind\n            occurredAt\n          }\n          talk {\n            id\n            kind\n            occurredAt\n          }\n        }\n      }\n    }\n  }\n':
    types.ActionItemsDocument,
  '\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      id\n      status\n      note\n      overdue\n      closedAt\n      version\n    }\n  }\n':
    types.UpdateActionItemDocument,
  '\n  mutation EditActionItem($input: EditActionItemInput!) {\n    editActionItem(input: $input) {\n      ...ActionItemRow\n    }\n  }\n':
    types.EditActionItemDocument,
  '\n  query ItemOwnerOptions($id: ID!) {\n    pairing(id: $id) {\n      id\n      mentee {\n        id\n        name\n      }\n      mentors {\n        role\n        officer {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ItemOwnerOptionsDocument,
  '\n  fragment ActionItemRow on ActionItem {\n    id\n    description\n    dueDate\n    status\n    overdue\n    note\n    version\n    owner {\n      id\n      name\n    }\n    branch {\n      id\n    }\n    pairing {\n      id\n    }\n  }\n':
    types.ActionItemRowFragmentDoc,
  '\n  fragment AdminBranchFields on Branch {\n    id\n    code\n    name\n    kind\n  }\n':
    types.AdminBranchFieldsFragmentDoc,
  '\n  query AdminBranches {\n    branches {\n      ...AdminBranchFields\n    }\n  }\n': types.AdminBranchesDocument,
  '\n  mutation CreateBranch($input: CreateBranchInput!) {\n    createBranch(input: $input) {\n      ...AdminBranchFields\n    }\n  }\n':
    types.CreateBranchDocument,
  '\n  mutation RenameBranch($input: RenameBranchInput!) {\n    renameBranch(input: $input) {\n      ...AdminBranchFields\n    }\n  }\n':
    types.RenameBranchDocument,
  '\n  fragment RosterOfficerFields on Officer {\n    id\n    name\n    nameInitials\n    badgeNumber\n    category\n    position\n    phone\n    isMentor\n    disabled\n    version\n    branch {\n      id\n      name\n    }\n    account {\n      id\n      username\n    }\n  }\n':
    types.RosterOfficerFieldsFragmentDoc,
  '\n  query RosterOfficers($filter: OfficerFilter, $first: Int, $after: String) {\n    officers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RosterOfficerFields\n        }\n      }\n    }\n  }\n':
    types.RosterOfficersDocument,
  '\n  mutation CreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      ...RosterOfficerFields\n    }\n  }\n':
    types.CreateOfficerDocument,
  '\n  mutation UpdateOfficer($input: UpdateOfficerInput!) {\n    updateOfficer(input: $input) {\n      ...RosterOfficerFields\n    }\n  }\n':
    types.UpdateOfficerDocument,
  '\n  mutation TransferOfficer($input: TransferOfficerInput!) {\n    transferOfficer(input: $input) {\n      ...RosterOfficerFields\n    }\n  }\n':
    types.TransferOfficerDocument,
  '\n  mutation DeactivateOfficer($input: DeactivateOfficerInput!) {\n    deactivateOfficer(input: $input) {\n      ...RosterOfficerFields\n    }\n  }\n':
    types.DeactivateOfficerDocument,
  '\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          subjectType\n          subjectId\n          createdAt\n          detail\n          actor {\n            id\n            name\n            badgeNumber\n          }\n        }\n      }\n    }\n  }\n':
    types.AuditEventsDocument,
  '\n  query Me {\n    me {\n      id\n      username\n      roles\n      mustChangePassword\n      abilityRules\n      officer {\n        id\n        name\n        badgeNumber\n        category\n        position\n      }\n      branch {\n        id\n        name\n        kind\n      }\n      bureau {\n        id\n        name\n      }\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  query Dashboard($branchId: ID, $from: String, $to: String) {\n    dashboard(branchId: $branchId, from: $from, to: $to) {\n      branch {\n        id\n        name\n      }\n      from\n      to\n      asOf\n      officersHelped\n      pairings {\n        total\n        active\n        inReview\n        concluded\n        escalated\n        cancelled\n      }\n      pairingsByReason {\n        reason\n        count\n      }\n      overduePairings\n      visitCount\n      followUpVisits\n      forumSessions\n      acknowledgmentRate\n      actionItems {\n        total\n        counted\n        done\n        doneOnTime\n        open\n        overdue\n        completionRate\n      }\n      talkCount\n      contactsByMonth {\n        month\n        partial\n        visits\n        followUps\n        talks\n      }\n      ratings {\n        rating\n        count\n      }\n      branches {\n        branch {\n          id\n          name\n        }\n        officersHelped\n        active\n        inReview\n        overdue\n        overdueShare\n        contacts\n        followUps\n        talks\n        acknowledgmentRate\n      }\n    }\n  }\n':
    types.DashboardDocument,
  '\n  query CommitteeTodo {\n    escalated: pairings(filter: { status: [ESCALATED] }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          mentee {\n            id\n            name\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n    dashboard {\n      from\n      to\n      overduePairings\n      branches {\n        branch {\n          id\n          name\n        }\n        active\n        overdue\n        overdueShare\n      }\n    }\n  }\n':
    types.CommitteeTodoDocument,
  '\n  query LedgerBranches {\n    branches {\n      id\n      name\n      code\n    }\n  }\n':
    types.LedgerBranchesDocument,
  '\n  mutation ExportLedger($input: ExportLedgerInput!) {\n    exportLedger(input: $input) {\n      url\n      filename\n    }\n  }\n':
    types.ExportLedgerDocument,
  '\n  fragment PairingListItem on Pairing {\n    id\n    status\n    reason\n    pairingType\n    startDate\n    plannedEndDate\n    nextContactDue\n    overdue\n    version\n    mentee {\n      id\n      name\n      badgeNumber\n    }\n    branch {\n      id\n      name\n    }\n    leadMentor {\n      id\n      name\n    }\n  }\n':
    types.PairingListItemFragmentDoc,
  '\n  fragment CapacityWarning on MentorLoad {\n    officerId\n    activeCount\n    limit\n    officer {\n      id\n      name\n    }\n  }\n':
    types.CapacityWarningFragmentDoc,
  '\n  query PairingsList($filter: PairingFilter, $orderBy: PairingOrderBy, $first: Int, $after: String) {\n    pairings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PairingListItem\n        }\n      }\n    }\n  }\n':
    types.PairingsListDocument,
  '\n  query OfficerOptions($filter: OfficerFilter, $first: Int) {\n    officers(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          badgeNumber\n          position\n          isMentor\n          flaggedReason\n          activeMentoringCount\n          currentPairing {\n            id\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.OfficerOptionsDocument,
  '\n  query OfficerById($id: ID!) {\n    officer(id: $id) {\n      id\n      name\n      badgeNumber\n      flaggedReason\n    }\n  }\n':
    types.OfficerByIdDocument,
  '\n  query MentorCapacity($mentorIds: [ID!]!) {\n    mentorCapacity(mentorIds: $mentorIds) {\n      officerId\n      activeCount\n      limit\n      atCapacity\n      officer {\n        id\n        name\n      }\n    }\n  }\n':
    types.MentorCapacityDocument,
  '\n  mutation CreatePairing($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      warnings\n      capacityWarnings {\n        ...CapacityWarning\n      }\n      pairing {\n        id\n      }\n    }\n  }\n':
    types.CreatePairingDocument,
  '\n  query PairingDetail($id: ID!) {\n    pairing(id: $id) {\n      id\n      status\n      reason\n      goals\n      pairingType\n      startDate\n      plannedEndDate\n      contactIntervalDays\n      riskNotes\n      lastContactAt\n      nextContactDue\n      overdue\n      reviewSummary\n      submittedAt\n      cancelReason\n      version\n      mentee {\n        id\n        name\n        badgeNumber\n        position\n      }\n      branch {\n        id\n        name\n      }\n      mentors {\n        role\n        startedAt\n        officer {\n          id\n          name\n        }\n      }\n      mentorHistory {\n        role\n        startedAt\n        endedAt\n        officer {\n          id\n          name\n        }\n      }\n      visitCounts {\n        kind\n        count\n      }\n      timeline(newestFirst: true) {\n        id\n        kind\n        type\n        occurredAt\n        summary\n        status\n        dueDate\n        recordId\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.PairingDetailDocument,
  '\n  mutation UpdatePairing($input: UpdatePairingInput!) {\n    updatePairing(input: $input) {\n      capacityWarnings {\n        ...CapacityWarning\n      }\n      pairing {\n        id\n        version\n      }\n    }\n  }\n':
    types.UpdatePairingDocument,
  '\n  mutation CancelPairing($id: ID!, $reason: String!, $version: Int) {\n    cancelPairing(id: $id, reason: $reason, version: $version) {\n      id\n      status\n      version\n    }\n  }\n':
    types.CancelPairingDocument,
  '\n  mutation SubmitPairingForReview($id: ID!, $summary: String!, $version: Int) {\n    submitPairingForReview(id: $id, summary: $summary, version: $version) {\n      id\n      status\n      version\n    }\n  }\n':
    types.SubmitPairingForReviewDocument,
  '\n  query SecretaryHome($branchId: ID!) {\n    active: pairings(filter: { branchId: $branchId, status: [ACTIVE] }, orderBy: NEXT_CONTACT_DUE, first: 8) {\n      totalCount\n      edges {\n        node {\n          ...PairingListItem\n        }\n      }\n    }\n    overdue: pairings(filter: { branchId: $branchId, overdue: true }, first: 1) {\n      totalCount\n    }\n    awaitingAck: pairings(\n      filter: { branchId: $branchId, status: [ACTIVE, IN_REVIEW], awaitingAcknowledgment: true }\n      orderBy: UPDATED_AT\n      first: 5\n    ) {\n      totalCount\n      edges {\n        node {\n          ...PairingListItem\n        }\n      }\n    }\n    inReview: pairings(filter: { branchId: $branchId, status: [IN_REVIEW] }, orderBy: UPDATED_AT, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...PairingListItem\n        }\n      }\n    }\n    flagged: officers(filter: { branchId: $branchId, flagged: true, paired: false }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          badgeNumber\n          position\n          flaggedReason\n        }\n      }\n    }\n  }\n':
    types.SecretaryHomeDocument,
  '\n  query OwnPairing($menteeId: ID!) {\n    pairings(filter: { menteeId: $menteeId }, first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n':
    types.OwnPairingDocument,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n':
    types.ChangePasswordDocument,
  '\n  query ReviewQueue($first: Int, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          submittedAt\n          startDate\n          plannedEndDate\n          mentee {\n            id\n            name\n          }\n          branch {\n            id\n            name\n          }\n          leadMentor {\n            id\n            name\n          }\n          evidence {\n            durationDays\n            visitCount\n            acknowledgmentRate\n            contactRegularity\n            actionItemsOpen\n            actionItemsOverdue\n            talkCount\n          }\n        }\n      }\n    }\n  }\n':
    types.ReviewQueueDocument,
  '\n  query OutcomeReviews($first: Int, $after: String) {\n    outcomeReviews(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          decision\n          rating\n          createdAt\n          newPlannedEndDate\n          pairing {\n            id\n            mentee {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.OutcomeReviewsDocument,
  '\n  query ReviewPairingDetail($id: ID!) {\n    pairing(id: $id) {\n      id\n      status\n      version\n      reason\n      goals\n      startDate\n      plannedEndDate\n      contactIntervalDays\n      submittedAt\n      riskNotes\n      mentee {\n        id\n        name\n        badgeNumber\n      }\n      branch {\n        id\n        name\n      }\n      mentors {\n        role\n        officer {\n          id\n          name\n        }\n      }\n      evidence {\n        summary\n        asOf\n        durationDays\n        visitCount\n        acknowledgedVisits\n        acknowledgmentRate\n        visitsByKind {\n          kind\n          count\n        }\n        actionItemsDone\n        actionItemsOpen\n        actionItemsOverdue\n        actionItemsDropped\n        talkCount\n        contactIntervals\n        contactIntervalsMet\n        contactRegularity\n      }\n      timeline {\n        id\n        kind\n        type\n        occurredAt\n        summary\n        status\n        dueDate\n        actor {\n          id\n          name\n        }\n      }\n      reviews {\n        id\n        decision\n        rating\n        comments\n        newPlannedEndDate\n        createdAt\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ReviewPairingDetailDocument,
  '\n  mutation ReviewPairing($input: ReviewPairingInput!) {\n    reviewPairing(input: $input) {\n      id\n      status\n      version\n      plannedEndDate\n      nextContactDue\n    }\n  }\n':
    types.ReviewPairingDocument,
  '\n  mutation UpdateTalk($input: UpdateTalkInput!) {\n    updateTalk(input: $input) {\n      id\n      version\n      locked\n      editable\n      kind\n      occurredAt\n      topics\n      officerViews\n      problemsRaised\n      guidance\n      assessment\n    }\n  }\n':
    types.UpdateTalkDocument,
  '\n  query Talks($filter: TalkFilter, $first: Int, $after: String) {\n    talks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TalkCard\n        }\n      }\n    }\n  }\n':
    types.TalksDocument,
  '\n  query Talk($id: ID!) {\n    talk(id: $id) {\n      ...TalkCard\n      version\n      locked\n      editable\n      officerViews\n      problemsRaised\n      guidance\n      assessment\n      pairing {\n        id\n      }\n      actionItems {\n        ...ActionItemRow\n      }\n    }\n  }\n':
    types.TalkDocument,
  '\n  mutation RecordTalk($input: RecordTalkInput!) {\n    recordTalk(input: $input) {\n      id\n    }\n  }\n':
    types.RecordTalkDocument,
  '\n  query TalkeeOptions($search: String) {\n    officers(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          badgeNumber\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.TalkeeOptionsDocument,
  '\n  query TalkeePairings($menteeId: ID!) {\n    pairings(filter: { menteeId: $menteeId, status: [ACTIVE, IN_REVIEW] }, first: 5) {\n      edges {\n        node {\n          id\n          startDate\n          status\n        }\n      }\n    }\n  }\n':
    types.TalkeePairingsDocument,
  '\n  fragment TalkCard on Talk {\n    id\n    kind\n    occurredAt\n    topics\n    confidential\n    talker {\n      id\n      name\n    }\n    talkee {\n      id\n      name\n    }\n    branch {\n      id\n      name\n    }\n  }\n':
    types.TalkCardFragmentDoc,
  '\n  query MentorHome($mentorId: ID!) {\n    pairings(filter: { mentorId: $mentorId, status: [ACTIVE] }, first: 50) {\n      edges {\n        node {\n          id\n          lastContactAt\n          nextContactDue\n          overdue\n          mentee {\n            id\n            name\n          }\n          actionItems(status: OPEN) {\n            ...ActionItemRow\n          }\n        }\n      }\n    }\n  }\n':
    types.MentorHomeDocument,
  '\n  query LogVisitPairing($id: ID!) {\n    pairing(id: $id) {\n      id\n      status\n      startDate\n      mentee {\n        id\n        name\n      }\n      mentors {\n        role\n        officer {\n          id\n          name\n        }\n      }\n      actionItems(status: OPEN) {\n        ...ActionItemRow\n      }\n    }\n  }\n':
    types.LogVisitPairingDocument,
  '\n  mutation LogVisit($input: LogVisitInput!) {\n    logVisit(input: $input) {\n      id\n      pairing {\n        id\n        lastContactAt\n        nextContactDue\n        overdue\n      }\n    }\n  }\n':
    types.LogVisitDocument,
  '\n  query Visits($filter: VisitFilter, $first: Int, $after: String) {\n    visits(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...VisitCard\n        }\n      }\n    }\n  }\n':
    types.VisitsDocument,
  '\n  query Visit($id: ID!) {\n    visit(id: $id) {\n      id\n      kind\n      occurredAt\n      location\n      participants\n      summary\n      observations\n      confidentialNotes\n      nextVisitDue\n      acknowledgedAt\n      acknowledgmentComment\n      locked\n      editable\n      version\n      author {\n        id\n        name\n      }\n      participantMentors {\n        id\n        name\n      }\n      pairing {\n        id\n        startDate\n        mentee {\n          id\n          name\n        }\n      }\n      actionItems {\n        ...ActionItemRow\n      }\n    }\n  }\n':
    types.VisitDocument,
  '\n  mutation UpdateVisit($input: UpdateVisitInput!) {\n    updateVisit(input: $input) {\n      id\n      kind\n      occurredAt\n      location\n      participants\n      summary\n      observations\n      confidentialNotes\n      nextVisitDue\n      locked\n      editable\n      version\n    }\n  }\n':
    types.UpdateVisitDocument,
  '\n  mutation AcknowledgeVisit($id: ID!, $comment: String) {\n    acknowledgeVisit(id: $id, comment: $comment) {\n      id\n      acknowledgedAt\n      acknowledgmentComment\n      locked\n      editable\n    }\n  }\n':
    types.AcknowledgeVisitDocument,
  '\n  query OfficerHome($me: ID!) {\n    pairings(filter: { menteeId: $me }, first: 5) {\n      edges {\n        node {\n          id\n          status\n          goals\n          startDate\n          plannedEndDate\n          lastContactAt\n          nextContactDue\n          mentors {\n            role\n            officer {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    visits(filter: { menteeId: $me, acknowledged: false }, first: 20) {\n      edges {\n        node {\n          id\n          kind\n          occurredAt\n          location\n          summary\n          observations\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n    actionItems(filter: { ownerId: $me, status: OPEN }, first: 50) {\n      edges {\n        node {\n          ...ActionItemRow\n        }\n      }\n    }\n  }\n':
    types.OfficerHomeDocument,
  '\n  query VisitBranches {\n    branches {\n      id\n      name\n    }\n  }\n': types.VisitBranchesDocument,
  '\n  query VisitListLivePairings($mentorId: ID!) {\n    pairings(filter: { mentorId: $mentorId, status: [ACTIVE] }, first: 50) {\n      edges {\n        node {\n          id\n          mentee {\n            id\n            name\n            badgeNumber\n          }\n        }\n      }\n    }\n  }\n':
    types.VisitListLivePairingsDocument,
  '\n  fragment VisitCard on Visit {\n    id\n    kind\n    occurredAt\n    location\n    summary\n    acknowledgedAt\n    locked\n    author {\n      id\n      name\n    }\n    pairing {\n      id\n      mentee {\n        id\n        name\n      }\n    }\n  }\n':
    types.VisitCardFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AccountFields on Account {\n    id\n    username\n    roles\n    disabled\n    mustChangePassword\n    passwordChangedAt\n    officer {\n      id\n      name\n      badgeNumber\n      branch {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AccountFields on Account {\n    id\n    username\n    roles\n    disabled\n    mustChangePassword\n    passwordChangedAt\n    officer {\n      id\n      name\n      badgeNumber\n      branch {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Accounts($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AccountFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Accounts($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AccountFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      oneTimePassword\n      account {\n        ...AccountFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      oneTimePassword\n      account {\n        ...AccountFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetAccountRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      ...AccountFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetAccountRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      ...AccountFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DisableAccount($officerId: ID!) {\n    disableAccount(officerId: $officerId) {\n      ...AccountFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DisableAccount($officerId: ID!) {\n    disableAccount(officerId: $officerId) {\n      ...AccountFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EnableAccount($officerId: ID!) {\n    enableAccount(officerId: $officerId) {\n      ...AccountFields\n    }\n  }\n',
): (typeof documents)['\n  mutation EnableAccount($officerId: ID!) {\n    enableAccount(officerId: $officerId) {\n      ...AccountFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($officerId: ID!) {\n    resetPassword(officerId: $officerId) {\n      oneTimePassword\n      account {\n        ...AccountFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($officerId: ID!) {\n    resetPassword(officerId: $officerId) {\n      oneTimePassword\n      account {\n        ...AccountFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActionItems($filter: ActionItemFilter, $first: Int, $after: String) {\n    actionItems(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActionItemRow\n          pairing {\n            id\n            mentee {\n              id\n              name\n            }\n          }\n          visit {\n            id\n            kind\n            occurredAt\n          }\n          talk {\n            id\n            kind\n            occurredAt\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActionItems($filter: ActionItemFilter, $first: Int, $after: String) {\n    actionItems(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActionItemRow\n          pairing {\n            id\n            mentee {\n              id\n              name\n            }\n          }\n          visit {\n            id\n            kind\n            occurredAt\n          }\n          talk {\n            id\n            kind\n            occurredAt\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      id\n      status\n      note\n      overdue\n      closedAt\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      id\n      status\n      note\n      overdue\n      closedAt\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditActionItem($input: EditActionItemInput!) {\n    editActionItem(input: $input) {\n      ...ActionItemRow\n    }\n  }\n',
): (typeof documents)['\n  mutation EditActionItem($input: EditActionItemInput!) {\n    editActionItem(input: $input) {\n      ...ActionItemRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ItemOwnerOptions($id: ID!) {\n    pairing(id: $id) {\n      id\n      mentee {\n        id\n        name\n      }\n      mentors {\n        role\n        officer {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ItemOwnerOptions($id: ID!) {\n    pairing(id: $id) {\n      id\n      mentee {\n        id\n        name\n      }\n      mentors {\n        role\n        officer {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ActionItemRow on ActionItem {\n    id\n    description\n    dueDate\n    status\n    overdue\n    note\n    version\n    owner {\n      id\n      name\n    }\n    branch {\n      id\n    }\n    pairing {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment ActionItemRow on ActionItem {\n    id\n    description\n    dueDate\n    status\n    overdue\n    note\n    version\n    owner {\n      id\n      name\n    }\n    branch {\n      id\n    }\n    pairing {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AdminBranchFields on Branch {\n    id\n    code\n    name\n    kind\n  }\n',
): (typeof documents)['\n  fragment AdminBranchFields on Branch {\n    id\n    code\n    name\n    kind\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminBranches {\n    branches {\n      ...AdminBranchFields\n    }\n  }\n',
): (typeof documents)['\n  query AdminBranches {\n    branches {\n      ...AdminBranchFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateBranch($input: CreateBranchInput!) {\n    createBranch(input: $input) {\n      ...AdminBranchFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateBranch($input: CreateBranchInput!) {\n    createBranch(input: $input) {\n      ...AdminBranchFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RenameBranch($input: RenameBranchInput!) {\n    renameBranch(input: $input) {\n      ...AdminBranchFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RenameBranch($input: RenameBranchInput!) {\n    renameBranch(input: $input) {\n      ...AdminBranchFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RosterOfficerFields on Officer {\n    id\n    name\n    nameInitials\n    badgeNumber\n    category\n    position\n    phone\n    isMentor\n    disabled\n    version\n    branch {\n      id\n      name\n    }\n    account {\n      id\n      username\n    }\n  }\n',
): (typeof documents)['\n  fragment RosterOfficerFields on Officer {\n    id\n    name\n    nameInitials\n    badgeNumber\n    category\n    position\n    phone\n    isMentor\n    disabled\n    version\n    branch {\n      id\n      name\n    }\n    account {\n      id\n      username\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RosterOfficers($filter: OfficerFilter, $first: Int, $after: String) {\n    officers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RosterOfficerFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RosterOfficers($filter: OfficerFilter, $first: Int, $after: String) {\n    officers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RosterOfficerFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      ...RosterOfficerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      ...RosterOfficerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOfficer($input: UpdateOfficerInput!) {\n    updateOfficer(input: $input) {\n      ...RosterOfficerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOfficer($input: UpdateOfficerInput!) {\n    updateOfficer(input: $input) {\n      ...RosterOfficerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TransferOfficer($input: TransferOfficerInput!) {\n    transferOfficer(input: $input) {\n      ...RosterOfficerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TransferOfficer($input: TransferOfficerInput!) {\n    transferOfficer(input: $input) {\n      ...RosterOfficerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivateOfficer($input: DeactivateOfficerInput!) {\n    deactivateOfficer(input: $input) {\n      ...RosterOfficerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeactivateOfficer($input: DeactivateOfficerInput!) {\n    deactivateOfficer(input: $input) {\n      ...RosterOfficerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          subjectType\n          subjectId\n          createdAt\n          detail\n          actor {\n            id\n            name\n            badgeNumber\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          subjectType\n          subjectId\n          createdAt\n          detail\n          actor {\n            id\n            name\n            badgeNumber\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      username\n      roles\n      mustChangePassword\n      abilityRules\n      officer {\n        id\n        name\n        badgeNumber\n        category\n        position\n      }\n      branch {\n        id\n        name\n        kind\n      }\n      bureau {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      username\n      roles\n      mustChangePassword\n      abilityRules\n      officer {\n        id\n        name\n        badgeNumber\n        category\n        position\n      }\n      branch {\n        id\n        name\n        kind\n      }\n      bureau {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Dashboard($branchId: ID, $from: String, $to: String) {\n    dashboard(branchId: $branchId, from: $from, to: $to) {\n      branch {\n        id\n        name\n      }\n      from\n      to\n      asOf\n      officersHelped\n      pairings {\n        total\n        active\n        inReview\n        concluded\n        escalated\n        cancelled\n      }\n      pairingsByReason {\n        reason\n        count\n      }\n      overduePairings\n      visitCount\n      followUpVisits\n      forumSessions\n      acknowledgmentRate\n      actionItems {\n        total\n        counted\n        done\n        doneOnTime\n        open\n        overdue\n        completionRate\n      }\n      talkCount\n      contactsByMonth {\n        month\n        partial\n        visits\n        followUps\n        talks\n      }\n      ratings {\n        rating\n        count\n      }\n      branches {\n        branch {\n          id\n          name\n        }\n        officersHelped\n        active\n        inReview\n        overdue\n        overdueShare\n        contacts\n        followUps\n        talks\n        acknowledgmentRate\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Dashboard($branchId: ID, $from: String, $to: String) {\n    dashboard(branchId: $branchId, from: $from, to: $to) {\n      branch {\n        id\n        name\n      }\n      from\n      to\n      asOf\n      officersHelped\n      pairings {\n        total\n        active\n        inReview\n        concluded\n        escalated\n        cancelled\n      }\n      pairingsByReason {\n        reason\n        count\n      }\n      overduePairings\n      visitCount\n      followUpVisits\n      forumSessions\n      acknowledgmentRate\n      actionItems {\n        total\n        counted\n        done\n        doneOnTime\n        open\n        overdue\n        completionRate\n      }\n      talkCount\n      contactsByMonth {\n        month\n        partial\n        visits\n        followUps\n        talks\n      }\n      ratings {\n        rating\n        count\n      }\n      branches {\n        branch {\n          id\n          name\n        }\n        officersHelped\n        active\n        inReview\n        overdue\n        overdueShare\n        contacts\n        followUps\n        talks\n        acknowledgmentRate\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommitteeTodo {\n    escalated: pairings(filter: { status: [ESCALATED] }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          mentee {\n            id\n            name\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n    dashboard {\n      from\n      to\n      overduePairings\n      branches {\n        branch {\n          id\n          name\n        }\n        active\n        overdue\n        overdueShare\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CommitteeTodo {\n    escalated: pairings(filter: { status: [ESCALATED] }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          mentee {\n            id\n            name\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n    dashboard {\n      from\n      to\n      overduePairings\n      branches {\n        branch {\n          id\n          name\n        }\n        active\n        overdue\n        overdueShare\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LedgerBranches {\n    branches {\n      id\n      name\n      code\n    }\n  }\n',
): (typeof documents)['\n  query LedgerBranches {\n    branches {\n      id\n      name\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExportLedger($input: ExportLedgerInput!) {\n    exportLedger(input: $input) {\n      url\n      filename\n    }\n  }\n',
): (typeof documents)['\n  mutation ExportLedger($input: ExportLedgerInput!) {\n    exportLedger(input: $input) {\n      url\n      filename\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PairingListItem on Pairing {\n    id\n    status\n    reason\n    pairingType\n    startDate\n    plannedEndDate\n    nextContactDue\n    overdue\n    version\n    mentee {\n      id\n      name\n      badgeNumber\n    }\n    branch {\n      id\n      name\n    }\n    leadMentor {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment PairingListItem on Pairing {\n    id\n    status\n    reason\n    pairingType\n    startDate\n    plannedEndDate\n    nextContactDue\n    overdue\n    version\n    mentee {\n      id\n      name\n      badgeNumber\n    }\n    branch {\n      id\n      name\n    }\n    leadMentor {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CapacityWarning on MentorLoad {\n    officerId\n    activeCount\n    limit\n    officer {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment CapacityWarning on MentorLoad {\n    officerId\n    activeCount\n    limit\n    officer {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PairingsList($filter: PairingFilter, $orderBy: PairingOrderBy, $first: Int, $after: String) {\n    pairings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PairingListItem\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PairingsList($filter: PairingFilter, $orderBy: PairingOrderBy, $first: Int, $after: String) {\n    pairings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PairingListItem\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfficerOptions($filter: OfficerFilter, $first: Int) {\n    officers(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          badgeNumber\n          position\n          isMentor\n          flaggedReason\n          activeMentoringCount\n          currentPairing {\n            id\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OfficerOptions($filter: OfficerFilter, $first: Int) {\n    officers(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          badgeNumber\n          position\n          isMentor\n          flaggedReason\n          activeMentoringCount\n          currentPairing {\n            id\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfficerById($id: ID!) {\n    officer(id: $id) {\n      id\n      name\n      badgeNumber\n      flaggedReason\n    }\n  }\n',
): (typeof documents)['\n  query OfficerById($id: ID!) {\n    officer(id: $id) {\n      id\n      name\n      badgeNumber\n      flaggedReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MentorCapacity($mentorIds: [ID!]!) {\n    mentorCapacity(mentorIds: $mentorIds) {\n      officerId\n      activeCount\n      limit\n      atCapacity\n      officer {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MentorCapacity($mentorIds: [ID!]!) {\n    mentorCapacity(mentorIds: $mentorIds) {\n      officerId\n      activeCount\n      limit\n      atCapacity\n      officer {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePairing($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      warnings\n      capacityWarnings {\n        ...CapacityWarning\n      }\n      pairing {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePairing($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      warnings\n      capacityWarnings {\n        ...CapacityWarning\n      }\n      pairing {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PairingDetail($id: ID!) {\n    pairing(id: $id) {\n      id\n      status\n      reason\n      goals\n      pairingType\n      startDate\n      plannedEndDate\n      contactIntervalDays\n      riskNotes\n      lastContactAt\n      nextContactDue\n      overdue\n      reviewSummary\n      submittedAt\n      cancelReason\n      version\n      mentee {\n        id\n        name\n        badgeNumber\n        position\n      }\n      branch {\n        id\n        name\n      }\n      mentors {\n        role\n        startedAt\n        officer {\n          id\n          name\n        }\n      }\n      mentorHistory {\n        role\n        startedAt\n        endedAt\n        officer {\n          id\n          name\n        }\n      }\n      visitCounts {\n        kind\n        count\n      }\n      timeline(newestFirst: true) {\n        id\n        kind\n        type\n        occurredAt\n        summary\n        status\n        dueDate\n        recordId\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PairingDetail($id: ID!) {\n    pairing(id: $id) {\n      id\n      status\n      reason\n      goals\n      pairingType\n      startDate\n      plannedEndDate\n      contactIntervalDays\n      riskNotes\n      lastContactAt\n      nextContactDue\n      overdue\n      reviewSummary\n      submittedAt\n      cancelReason\n      version\n      mentee {\n        id\n        name\n        badgeNumber\n        position\n      }\n      branch {\n        id\n        name\n      }\n      mentors {\n        role\n        startedAt\n        officer {\n          id\n          name\n        }\n      }\n      mentorHistory {\n        role\n        startedAt\n        endedAt\n        officer {\n          id\n          name\n        }\n      }\n      visitCounts {\n        kind\n        count\n      }\n      timeline(newestFirst: true) {\n        id\n        kind\n        type\n        occurredAt\n        summary\n        status\n        dueDate\n        recordId\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePairing($input: UpdatePairingInput!) {\n    updatePairing(input: $input) {\n      capacityWarnings {\n        ...CapacityWarning\n      }\n      pairing {\n        id\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePairing($input: UpdatePairingInput!) {\n    updatePairing(input: $input) {\n      capacityWarnings {\n        ...CapacityWarning\n      }\n      pairing {\n        id\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelPairing($id: ID!, $reason: String!, $version: Int) {\n    cancelPairing(id: $id, reason: $reason, version: $version) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelPairing($id: ID!, $reason: String!, $version: Int) {\n    cancelPairing(id: $id, reason: $reason, version: $version) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitPairingForReview($id: ID!, $summary: String!, $version: Int) {\n    submitPairingForReview(id: $id, summary: $summary, version: $version) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitPairingForReview($id: ID!, $summary: String!, $version: Int) {\n    submitPairingForReview(id: $id, summary: $summary, version: $version) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SecretaryHome($branchId: ID!) {\n    active: pairings(filter: { branchId: $branchId, status: [ACTIVE] }, orderBy: NEXT_CONTACT_DUE, first: 8) {\n      totalCount\n      edges {\n        node {\n          ...PairingListItem\n        }\n      }\n    }\n    overdue: pairings(filter: { branchId: $branchId, overdue: true }, first: 1) {\n      totalCount\n    }\n    awaitingAck: pairings(\n      filter: { branchId: $branchId, status: [ACTIVE, IN_REVIEW], awaitingAcknowledgment: true }\n      orderBy: UPDATED_AT\n      first: 5\n    ) {\n      totalCount\n      edges {\n        node {\n          ...PairingListItem\n        }\n      }\n    }\n    inReview: pairings(filter: { branchId: $branchId, status: [IN_REVIEW] }, orderBy: UPDATED_AT, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...PairingListItem\n        }\n      }\n    }\n    flagged: officers(filter: { branchId: $branchId, flagged: true, paired: false }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          badgeNumber\n          position\n          flaggedReason\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SecretaryHome($branchId: ID!) {\n    active: pairings(filter: { branchId: $branchId, status: [ACTIVE] }, orderBy: NEXT_CONTACT_DUE, first: 8) {\n      totalCount\n      edges {\n        node {\n          ...PairingListItem\n        }\n      }\n    }\n    overdue: pairings(filter: { branchId: $branchId, overdue: true }, first: 1) {\n      totalCount\n    }\n    awaitingAck: pairings(\n      filter: { branchId: $branchId, status: [ACTIVE, IN_REVIEW], awaitingAcknowledgment: true }\n      orderBy: UPDATED_AT\n      first: 5\n    ) {\n      totalCount\n      edges {\n        node {\n          ...PairingListItem\n        }\n      }\n    }\n    inReview: pairings(filter: { branchId: $branchId, status: [IN_REVIEW] }, orderBy: UPDATED_AT, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...PairingListItem\n        }\n      }\n    }\n    flagged: officers(filter: { branchId: $branchId, flagged: true, paired: false }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          badgeNumber\n          position\n          flaggedReason\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OwnPairing($menteeId: ID!) {\n    pairings(filter: { menteeId: $menteeId }, first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OwnPairing($menteeId: ID!) {\n    pairings(filter: { menteeId: $menteeId }, first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewQueue($first: Int, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          submittedAt\n          startDate\n          plannedEndDate\n          mentee {\n            id\n            name\n          }\n          branch {\n            id\n            name\n          }\n          leadMentor {\n            id\n            name\n          }\n          evidence {\n            durationDays\n            visitCount\n            acknowledgmentRate\n            contactRegularity\n            actionItemsOpen\n            actionItemsOverdue\n            talkCount\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReviewQueue($first: Int, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          submittedAt\n          startDate\n          plannedEndDate\n          mentee {\n            id\n            name\n          }\n          branch {\n            id\n            name\n          }\n          leadMentor {\n            id\n            name\n          }\n          evidence {\n            durationDays\n            visitCount\n            acknowledgmentRate\n            contactRegularity\n            actionItemsOpen\n            actionItemsOverdue\n            talkCount\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OutcomeReviews($first: Int, $after: String) {\n    outcomeReviews(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          decision\n          rating\n          createdAt\n          newPlannedEndDate\n          pairing {\n            id\n            mentee {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OutcomeReviews($first: Int, $after: String) {\n    outcomeReviews(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          decision\n          rating\n          createdAt\n          newPlannedEndDate\n          pairing {\n            id\n            mentee {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewPairingDetail($id: ID!) {\n    pairing(id: $id) {\n      id\n      status\n      version\n      reason\n      goals\n      startDate\n      plannedEndDate\n      contactIntervalDays\n      submittedAt\n      riskNotes\n      mentee {\n        id\n        name\n        badgeNumber\n      }\n      branch {\n        id\n        name\n      }\n      mentors {\n        role\n        officer {\n          id\n          name\n        }\n      }\n      evidence {\n        summary\n        asOf\n        durationDays\n        visitCount\n        acknowledgedVisits\n        acknowledgmentRate\n        visitsByKind {\n          kind\n          count\n        }\n        actionItemsDone\n        actionItemsOpen\n        actionItemsOverdue\n        actionItemsDropped\n        talkCount\n        contactIntervals\n        contactIntervalsMet\n        contactRegularity\n      }\n      timeline {\n        id\n        kind\n        type\n        occurredAt\n        summary\n        status\n        dueDate\n        actor {\n          id\n          name\n        }\n      }\n      reviews {\n        id\n        decision\n        rating\n        comments\n        newPlannedEndDate\n        createdAt\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReviewPairingDetail($id: ID!) {\n    pairing(id: $id) {\n      id\n      status\n      version\n      reason\n      goals\n      startDate\n      plannedEndDate\n      contactIntervalDays\n      submittedAt\n      riskNotes\n      mentee {\n        id\n        name\n        badgeNumber\n      }\n      branch {\n        id\n        name\n      }\n      mentors {\n        role\n        officer {\n          id\n          name\n        }\n      }\n      evidence {\n        summary\n        asOf\n        durationDays\n        visitCount\n        acknowledgedVisits\n        acknowledgmentRate\n        visitsByKind {\n          kind\n          count\n        }\n        actionItemsDone\n        actionItemsOpen\n        actionItemsOverdue\n        actionItemsDropped\n        talkCount\n        contactIntervals\n        contactIntervalsMet\n        contactRegularity\n      }\n      timeline {\n        id\n        kind\n        type\n        occurredAt\n        summary\n        status\n        dueDate\n        actor {\n          id\n          name\n        }\n      }\n      reviews {\n        id\n        decision\n        rating\n        comments\n        newPlannedEndDate\n        createdAt\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewPairing($input: ReviewPairingInput!) {\n    reviewPairing(input: $input) {\n      id\n      status\n      version\n      plannedEndDate\n      nextContactDue\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewPairing($input: ReviewPairingInput!) {\n    reviewPairing(input: $input) {\n      id\n      status\n      version\n      plannedEndDate\n      nextContactDue\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTalk($input: UpdateTalkInput!) {\n    updateTalk(input: $input) {\n      id\n      version\n      locked\n      editable\n      kind\n      occurredAt\n      topics\n      officerViews\n      problemsRaised\n      guidance\n      assessment\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTalk($input: UpdateTalkInput!) {\n    updateTalk(input: $input) {\n      id\n      version\n      locked\n      editable\n      kind\n      occurredAt\n      topics\n      officerViews\n      problemsRaised\n      guidance\n      assessment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Talks($filter: TalkFilter, $first: Int, $after: String) {\n    talks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TalkCard\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Talks($filter: TalkFilter, $first: Int, $after: String) {\n    talks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TalkCard\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Talk($id: ID!) {\n    talk(id: $id) {\n      ...TalkCard\n      version\n      locked\n      editable\n      officerViews\n      problemsRaised\n      guidance\n      assessment\n      pairing {\n        id\n      }\n      actionItems {\n        ...ActionItemRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Talk($id: ID!) {\n    talk(id: $id) {\n      ...TalkCard\n      version\n      locked\n      editable\n      officerViews\n      problemsRaised\n      guidance\n      assessment\n      pairing {\n        id\n      }\n      actionItems {\n        ...ActionItemRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordTalk($input: RecordTalkInput!) {\n    recordTalk(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordTalk($input: RecordTalkInput!) {\n    recordTalk(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TalkeeOptions($search: String) {\n    officers(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          badgeNumber\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TalkeeOptions($search: String) {\n    officers(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          badgeNumber\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TalkeePairings($menteeId: ID!) {\n    pairings(filter: { menteeId: $menteeId, status: [ACTIVE, IN_REVIEW] }, first: 5) {\n      edges {\n        node {\n          id\n          startDate\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TalkeePairings($menteeId: ID!) {\n    pairings(filter: { menteeId: $menteeId, status: [ACTIVE, IN_REVIEW] }, first: 5) {\n      edges {\n        node {\n          id\n          startDate\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TalkCard on Talk {\n    id\n    kind\n    occurredAt\n    topics\n    confidential\n    talker {\n      id\n      name\n    }\n    talkee {\n      id\n      name\n    }\n    branch {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment TalkCard on Talk {\n    id\n    kind\n    occurredAt\n    topics\n    confidential\n    talker {\n      id\n      name\n    }\n    talkee {\n      id\n      name\n    }\n    branch {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MentorHome($mentorId: ID!) {\n    pairings(filter: { mentorId: $mentorId, status: [ACTIVE] }, first: 50) {\n      edges {\n        node {\n          id\n          lastContactAt\n          nextContactDue\n          overdue\n          mentee {\n            id\n            name\n          }\n          actionItems(status: OPEN) {\n            ...ActionItemRow\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MentorHome($mentorId: ID!) {\n    pairings(filter: { mentorId: $mentorId, status: [ACTIVE] }, first: 50) {\n      edges {\n        node {\n          id\n          lastContactAt\n          nextContactDue\n          overdue\n          mentee {\n            id\n            name\n          }\n          actionItems(status: OPEN) {\n            ...ActionItemRow\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LogVisitPairing($id: ID!) {\n    pairing(id: $id) {\n      id\n      status\n      startDate\n      mentee {\n        id\n        name\n      }\n      mentors {\n        role\n        officer {\n          id\n          name\n        }\n      }\n      actionItems(status: OPEN) {\n        ...ActionItemRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LogVisitPairing($id: ID!) {\n    pairing(id: $id) {\n      id\n      status\n      startDate\n      mentee {\n        id\n        name\n      }\n      mentors {\n        role\n        officer {\n          id\n          name\n        }\n      }\n      actionItems(status: OPEN) {\n        ...ActionItemRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogVisit($input: LogVisitInput!) {\n    logVisit(input: $input) {\n      id\n      pairing {\n        id\n        lastContactAt\n        nextContactDue\n        overdue\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation LogVisit($input: LogVisitInput!) {\n    logVisit(input: $input) {\n      id\n      pairing {\n        id\n        lastContactAt\n        nextContactDue\n        overdue\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Visits($filter: VisitFilter, $first: Int, $after: String) {\n    visits(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...VisitCard\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Visits($filter: VisitFilter, $first: Int, $after: String) {\n    visits(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...VisitCard\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Visit($id: ID!) {\n    visit(id: $id) {\n      id\n      kind\n      occurredAt\n      location\n      participants\n      summary\n      observations\n      confidentialNotes\n      nextVisitDue\n      acknowledgedAt\n      acknowledgmentComment\n      locked\n      editable\n      version\n      author {\n        id\n        name\n      }\n      participantMentors {\n        id\n        name\n      }\n      pairing {\n        id\n        startDate\n        mentee {\n          id\n          name\n        }\n      }\n      actionItems {\n        ...ActionItemRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Visit($id: ID!) {\n    visit(id: $id) {\n      id\n      kind\n      occurredAt\n      location\n      participants\n      summary\n      observations\n      confidentialNotes\n      nextVisitDue\n      acknowledgedAt\n      acknowledgmentComment\n      locked\n      editable\n      version\n      author {\n        id\n        name\n      }\n      participantMentors {\n        id\n        name\n      }\n      pairing {\n        id\n        startDate\n        mentee {\n          id\n          name\n        }\n      }\n      actionItems {\n        ...ActionItemRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateVisit($input: UpdateVisitInput!) {\n    updateVisit(input: $input) {\n      id\n      kind\n      occurredAt\n      location\n      participants\n      summary\n      observations\n      confidentialNotes\n      nextVisitDue\n      locked\n      editable\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateVisit($input: UpdateVisitInput!) {\n    updateVisit(input: $input) {\n      id\n      kind\n      occurredAt\n      location\n      participants\n      summary\n      observations\n      confidentialNotes\n      nextVisitDue\n      locked\n      editable\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeVisit($id: ID!, $comment: String) {\n    acknowledgeVisit(id: $id, comment: $comment) {\n      id\n      acknowledgedAt\n      acknowledgmentComment\n      locked\n      editable\n    }\n  }\n',
): (typeof documents)['\n  mutation AcknowledgeVisit($id: ID!, $comment: String) {\n    acknowledgeVisit(id: $id, comment: $comment) {\n      id\n      acknowledgedAt\n      acknowledgmentComment\n      locked\n      editable\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfficerHome($me: ID!) {\n    pairings(filter: { menteeId: $me }, first: 5) {\n      edges {\n        node {\n          id\n          status\n          goals\n          startDate\n          plannedEndDate\n          lastContactAt\n          nextContactDue\n          mentors {\n            role\n            officer {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    visits(filter: { menteeId: $me, acknowledged: false }, first: 20) {\n      edges {\n        node {\n          id\n          kind\n          occurredAt\n          location\n          summary\n          observations\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n    actionItems(filter: { ownerId: $me, status: OPEN }, first: 50) {\n      edges {\n        node {\n          ...ActionItemRow\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OfficerHome($me: ID!) {\n    pairings(filter: { menteeId: $me }, first: 5) {\n      edges {\n        node {\n          id\n          status\n          goals\n          startDate\n          plannedEndDate\n          lastContactAt\n          nextContactDue\n          mentors {\n            role\n            officer {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    visits(filter: { menteeId: $me, acknowledged: false }, first: 20) {\n      edges {\n        node {\n          id\n          kind\n          occurredAt\n          location\n          summary\n          observations\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n    actionItems(filter: { ownerId: $me, status: OPEN }, first: 50) {\n      edges {\n        node {\n          ...ActionItemRow\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VisitBranches {\n    branches {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query VisitBranches {\n    branches {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VisitListLivePairings($mentorId: ID!) {\n    pairings(filter: { mentorId: $mentorId, status: [ACTIVE] }, first: 50) {\n      edges {\n        node {\n          id\n          mentee {\n            id\n            name\n            badgeNumber\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VisitListLivePairings($mentorId: ID!) {\n    pairings(filter: { mentorId: $mentorId, status: [ACTIVE] }, first: 50) {\n      edges {\n        node {\n          id\n          mentee {\n            id\n            name\n            badgeNumber\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VisitCard on Visit {\n    id\n    kind\n    occurredAt\n    location\n    summary\n    acknowledgedAt\n    locked\n    author {\n      id\n      name\n    }\n    pairing {\n      id\n      mentee {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment VisitCard on Visit {\n    id\n    kind\n    occurredAt\n    location\n    summary\n    acknowledgedAt\n    locked\n    author {\n      id\n      name\n    }\n    pairing {\n      id\n      mentee {\n        id\n        name\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
