<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Returns Desk</source>
        <translation>Returns Desk 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returns Desk {0}&lt;/b&gt;&lt;br&gt;Database: {1}&lt;br&gt;Schema version: {2}</source>
        <translation>&lt;b&gt;Returns Desk {0}&lt;/b&gt;&lt;br&gt;데이터베이스: {1}&lt;br&gt;스키마 버전: {2}</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>포함된 구성 요소와 라이선스</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Built with these components, under their own licences:</source>
        <translation>다음 구성 요소로 만들어졌으며, 각 구성 요소의 라이선스를 따릅니다:</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Grade after the work</source>
        <translation>작업 후 등급</translation>
    </message>
    <message>
        <source>Where the unit goes after the work</source>
        <translation>작업 후 유닛을 보낼 곳</translation>
    </message>
    <message>
        <source>What the audit trail is searched for</source>
        <translation>감사 기록 검색 대상</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>채널 필터</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>지역 필터</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>분류 필터</translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation>템플릿 미리 보기</translation>
    </message>
    <message>
        <source>Template for the status</source>
        <translation>상태별 템플릿</translation>
    </message>
    <message>
        <source>Template language</source>
        <translation>템플릿 언어</translation>
    </message>
    <message>
        <source>Message status filter</source>
        <translation>메시지 상태 필터</translation>
    </message>
    <message>
        <source>Blind grade</source>
        <translation>블라인드 등급</translation>
    </message>
    <message>
        <source>Days the what-if looks back</source>
        <translation>가정 분석이 돌아볼 일수</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>상태 필터</translation>
    </message>
    <message>
        <source>Reason filter</source>
        <translation>사유 필터</translation>
    </message>
    <message>
        <source>Requested from</source>
        <translation>요청 시작일</translation>
    </message>
    <message>
        <source>Requested until</source>
        <translation>요청 종료일</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>정렬 순서</translation>
    </message>
    <message>
        <source>The selected request</source>
        <translation>선택한 요청</translation>
    </message>
    <message>
        <source>Return requests</source>
        <translation>반품 요청 목록</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>입고 시작일</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>입고 종료일</translation>
    </message>
    <message>
        <source>Units in the queue</source>
        <translation>대기열의 유닛</translation>
    </message>
    <message>
        <source>Table: {0}</source>
        <translation>표: {0}</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <source>Badge</source>
        <translation>배지</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>잠금 해제 시각</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>PIN (supervisors, admins)</source>
        <translation>PIN (감독자, 관리자)</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>사용자 만들기</translation>
    </message>
    <message>
        <source>Activate / deactivate selected user…</source>
        <translation>선택한 사용자 활성화 / 비활성화…</translation>
    </message>
    <message>
        <source>Reset PIN of selected user…</source>
        <translation>선택한 사용자의 PIN 재설정…</translation>
    </message>
    <message>
        <source>New station</source>
        <translation>새 스테이션</translation>
    </message>
    <message>
        <source>Create station</source>
        <translation>스테이션 만들기</translation>
    </message>
    <message>
        <source>Activate / deactivate selected station…</source>
        <translation>선택한 스테이션 활성화 / 비활성화…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>set</source>
        <translation>설정됨</translation>
    </message>
    <message>
        <source>User {0} created</source>
        <translation>사용자 {0}을(를) 만들었습니다</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>먼저 사용자를 선택하세요.</translation>
    </message>
    <message>
        <source>Deactivate {0}</source>
        <translation>{0} 비활성화</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <source>{0} deactivated</source>
        <translation>{0}을(를) 비활성화했습니다</translation>
    </message>
    <message>
        <source>{0} ({1}) can no longer log in or save anything, at any station, from the next action on.</source>
        <translation>{0}({1})은(는) 다음 작업부터 어느 스테이션에서도 로그인하거나 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Activate {0}</source>
        <translation>{0} 활성화</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>{0} activated</source>
        <translation>{0}을(를) 활성화했습니다</translation>
    </message>
    <message>
        <source>{0} ({1}) can log in again with the same badge and PIN.</source>
        <translation>{0}({1})은(는) 같은 사원증과 PIN으로 다시 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <source>PIN of {0} reset</source>
        <translation>{0}의 PIN을 재설정했습니다</translation>
    </message>
    <message>
        <source>Reset the PIN of {0}</source>
        <translation>{0}의 PIN 재설정</translation>
    </message>
    <message>
        <source>The new PIN (4 to 12 digits) works at once and lifts a lock-out from wrong PINs. Tell it to {0} in person.</source>
        <translation>새 PIN(4–12자리)은 바로 적용되며, 잘못된 PIN으로 인한 잠금도 풉니다. {0}에게 직접 알려 주세요.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>새 PIN</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>PIN 재설정</translation>
    </message>
    <message>
        <source>Station {0} created</source>
        <translation>스테이션 {0}을(를) 만들었습니다</translation>
    </message>
    <message>
        <source>Select a station first.</source>
        <translation>먼저 스테이션을 선택하세요.</translation>
    </message>
    <message>
        <source>Deactivate station {0}</source>
        <translation>스테이션 {0} 비활성화</translation>
    </message>
    <message>
        <source>Station {0} deactivated</source>
        <translation>스테이션 {0}을(를) 비활성화했습니다</translation>
    </message>
    <message>
        <source>Nobody can log in or save anything at {0} from the next action on.</source>
        <translation>다음 작업부터 {0}에서는 누구도 로그인하거나 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Activate station {0}</source>
        <translation>스테이션 {0} 활성화</translation>
    </message>
    <message>
        <source>Station {0} activated</source>
        <translation>스테이션 {0}을(를) 활성화했습니다</translation>
    </message>
    <message>
        <source>{0} can be used again.</source>
        <translation>{0}을(를) 다시 쓸 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <source>{0} min</source>
        <translation>{0}분</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0}시간</translation>
    </message>
    <message>
        <source>{0} d</source>
        <translation>{0}일</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>Return rate by product</source>
        <translation>제품별 반품률</translation>
    </message>
    <message>
        <source>Return rate by category</source>
        <translation>카테고리별 반품률</translation>
    </message>
    <message>
        <source>Why things come back</source>
        <translation>반품 사유</translation>
    </message>
    <message>
        <source>Reasons over time</source>
        <translation>시기별 사유</translation>
    </message>
    <message>
        <source>Days from delivery to return request</source>
        <translation>배송부터 반품 요청까지 일수</translation>
    </message>
    <message>
        <source>What returns cost</source>
        <translation>반품 비용</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>고객 구분</translation>
    </message>
    <message>
        <source>What customers say</source>
        <translation>고객 의견</translation>
    </message>
    <message>
        <source>Where returns come from</source>
        <translation>반품이 오는 곳</translation>
    </message>
    <message>
        <source>Channels compared</source>
        <translation>채널 비교</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation>시간당 유닛</translation>
    </message>
    <message>
        <source>Receipt to disposition</source>
        <translation>입고부터 처리까지</translation>
    </message>
    <message>
        <source>First-touch rate</source>
        <translation>한 번에 처리한 비율</translation>
    </message>
    <message>
        <source>Grade mix</source>
        <translation>등급 분포</translation>
    </message>
    <message>
        <source>Recovered value by disposition</source>
        <translation>처리 방법별 회수 가치</translation>
    </message>
    <message>
        <source>Inspector agreement</source>
        <translation>검수자 일치율</translation>
    </message>
</context>
<context>
    <name>AnalyticsTab</name>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} ~ {1}</translation>
    </message>
    <message>
        <source>no sales and no returns in this range.</source>
        <translation>이 기간에는 판매도 반품도 없습니다.</translation>
    </message>
    <message>
        <source>{0} units returned of {1} sold{2}; net cost of returns {3}.</source>
        <translation>판매 {1}개 중 {0}개 반품{2}, 반품 순비용 {3}.</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>모든 채널</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>모든 지역</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>모든 카테고리</translation>
    </message>
    <message>
        <source>Product SKU</source>
        <translation>제품 SKU</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>보고서 PDF…</translation>
    </message>
    <message>
        <source>Cost rates…</source>
        <translation>비용 단가…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>수치를 읽는 중…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>The figures could not be read: {0}</source>
        <translation>수치를 읽지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>Not read.</source>
        <translation>읽지 못함.</translation>
    </message>
    <message>
        <source>Cost rates saved; the costs are figured again.</source>
        <translation>비용 단가를 저장했습니다. 비용을 다시 계산합니다.</translation>
    </message>
    <message>
        <source>{0}: {1} — see the table for its figures.</source>
        <translation>{0}: {1} — 수치는 표를 보세요.</translation>
    </message>
    <message>
        <source>The figures are still being read.</source>
        <translation>수치를 아직 읽고 있습니다.</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>{0} 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0}을(를) 쓰지 못했습니다: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} row(s) written to {2}.</source>
        <translation>{0}: {1}행을 {2}에 썼습니다.</translation>
    </message>
    <message>
        <source>Analytics report</source>
        <translation>분석 보고서</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Report of {0} page(s) saved as {1}.</source>
        <translation>{0}쪽 보고서를 {1}(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>Returns Desk — returns analytics</source>
        <translation>Returns Desk — 반품 분석</translation>
    </message>
    <message>
        <source>Returns analytics</source>
        <translation>반품 분석</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Local database (SQLite)</source>
        <translation>로컬 데이터베이스 (SQLite)</translation>
    </message>
    <message>
        <source>Shared database {0}</source>
        <translation>공유 데이터베이스 {0}</translation>
    </message>
    <message>
        <source>Returns Desk cannot start</source>
        <translation>Returns Desk를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Something went wrong ({0}). Nothing already saved is lost.</source>
        <translation>문제가 생겼습니다 ({0}). 이미 저장한 것은 잃지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>LPN, RMA, badge or station</source>
        <translation>LPN, RMA, 배지 또는 스테이션</translation>
    </message>
    <message>
        <source>event kind starts with… (optional)</source>
        <translation>이벤트 종류 접두어… (선택)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>시각 (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <source>{0} events written to {1}</source>
        <translation>이벤트 {0}건을 {1}에 썼습니다</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>감사 기록 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0}을(를) 쓰지 못했습니다: {1}</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>No camera found. Connect a webcam, or drop a photo of the label on the window.</source>
        <translation>카메라가 없습니다. 웹캠을 연결하거나 라벨 사진을 창에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <source>Camera problem: {0}</source>
        <translation>카메라 문제: {0}</translation>
    </message>
    <message>
        <source>Camera on: hold the label in view.</source>
        <translation>카메라 켜짐: 라벨을 화면 안에 대세요.</translation>
    </message>
    <message>
        <source>Could not read that frame ({0}).</source>
        <translation>그 화면을 읽지 못했습니다 ({0}).</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Exception #{0} assigned to {1}</source>
        <translation>예외 #{0}을(를) {1}에게 배정했습니다</translation>
    </message>
    <message>
        <source>Assign an exception of {0}</source>
        <translation>{0}의 예외 배정</translation>
    </message>
    <message>
        <source>The person chosen is named on the exception in the queue and the Exceptions tab.</source>
        <translation>고른 사람이 대기열과 예외 탭의 예외에 담당자로 표시됩니다.</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>예외</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Exception #{0} resolved</source>
        <translation>예외 #{0}을(를) 해결했습니다</translation>
    </message>
    <message>
        <source>Resolve an exception of {0}</source>
        <translation>{0}의 예외 해결</translation>
    </message>
    <message>
        <source>The exception is closed with how it was settled (the reason); the unit&apos;s state does not change.</source>
        <translation>예외는 처리 내용(사유)과 함께 닫힙니다. 유닛 상태는 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>해결</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>LPN / case</source>
        <translation>LPN / 건</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>예외</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>검수자</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>처리 방법</translation>
    </message>
    <message>
        <source>Received / opened</source>
        <translation>입고 / 열림</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>품목 수</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청일</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>배송 완료</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>희망</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>운송장</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>소포</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Any</source>
        <translation>전체</translation>
    </message>
</context>
<context>
    <name>CostsDialog</name>
    <message>
        <source>Cost rates of returns</source>
        <translation>반품 비용 단가</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Return shipping per parcel (when the file gave none)</source>
        <translation>소포당 반품 배송비 (파일에 없을 때)</translation>
    </message>
    <message>
        <source>Handling at the dock, per unit</source>
        <translation>유닛당 입고장 처리 시간</translation>
    </message>
    <message>
        <source>Labour rate per hour (dock and bench)</source>
        <translation>시간당 인건비 (입고장과 수리대)</translation>
    </message>
    <message>
        <source>Disposal per unit</source>
        <translation>유닛당 폐기 비용</translation>
    </message>
    <message>
        <source>Recovered when {0} (of cost price)</source>
        <translation>{0} 시 회수율 (원가 대비)</translation>
    </message>
    <message>
        <source>Why the rates change (kept in the audit trail)</source>
        <translation>단가를 바꾸는 이유 (감사 기록에 남음)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>The cost of returns uses these where the rows cannot say: imported shipping costs win.</source>
        <translation>반품 비용 계산에서 데이터에 값이 없을 때 이 단가를 씁니다. 가져온 배송비가 우선합니다.</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Where the returns are kept</source>
        <translation>반품 데이터 보관 위치</translation>
    </message>
    <message>
        <source>One station alone keeps them in a file here; many stations share a server.</source>
        <translation>스테이션 하나만 쓰면 이 컴퓨터의 파일에, 여러 스테이션이 쓰면 서버에 보관합니다.</translation>
    </message>
    <message>
        <source>This &amp;computer only (a file; nothing to set up)</source>
        <translation>이 컴퓨터만(&amp;C) (파일, 설정할 것 없음)</translation>
    </message>
    <message>
        <source>A sha&amp;red database (PostgreSQL) for several stations</source>
        <translation>여러 스테이션이 함께 쓰는 공유 데이터베이스(&amp;R) (PostgreSQL)</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>데이터베이스 주소</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>연결 시험(&amp;T)</translation>
    </message>
    <message>
        <source>Start with &amp;demo returns, to try things out</source>
        <translation>데모 반품으로 시작(&amp;D) — 미리 사용해 보기</translation>
    </message>
    <message>
        <source>Start &amp;empty, with its first administrator:</source>
        <translation>빈 상태로 시작(&amp;E) — 첫 관리자 등록:</translation>
    </message>
    <message>
        <source>Administrator&apos;s badge</source>
        <translation>관리자 배지</translation>
    </message>
    <message>
        <source>Administrator&apos;s name</source>
        <translation>관리자 이름</translation>
    </message>
    <message>
        <source>Administrator&apos;s PIN</source>
        <translation>관리자 PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>숫자 4~12자리</translation>
    </message>
    <message>
        <source>Badge:</source>
        <translation>배지:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>✔ Usable.</source>
        <translation>✔ 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>✖ Not usable yet.</source>
        <translation>✖ 아직 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The first administrator needs a badge and a name.</source>
        <translation>첫 관리자에게는 배지와 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>The administrator&apos;s PIN is 4 to 12 digits.</source>
        <translation>관리자 PIN은 숫자 4~12자리입니다.</translation>
    </message>
</context>
<context>
    <name>DbWorker</name>
    <message>
        <source>The database cannot be reached. Nothing was saved; try again.</source>
        <translation>데이터베이스에 연결할 수 없습니다. 아무것도 저장하지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Something went wrong ({0}). Nothing was saved.</source>
        <translation>문제가 생겼습니다 ({0}). 아무것도 저장하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>EndpointDialog</name>
    <message>
        <source>Webhook endpoint</source>
        <translation>웹훅 엔드포인트</translation>
    </message>
    <message>
        <source>Event kinds, comma-separated: return.received, return.* (every return event), *</source>
        <translation>쉼표로 구분한 이벤트 종류: return.received, return.* (모든 반품 이벤트), *</translation>
    </message>
    <message>
        <source>leave empty: a new one is made</source>
        <translation>비워 두면 새로 만듭니다</translation>
    </message>
    <message>
        <source>leave empty: unchanged</source>
        <translation>비워 두면 그대로입니다</translation>
    </message>
    <message>
        <source>Send events to it</source>
        <translation>이벤트 보내기</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Event kinds</source>
        <translation>이벤트 종류</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>공유 비밀 키</translation>
    </message>
</context>
<context>
    <name>ExceptionsTab</name>
    <message>
        <source>Select an exception first.</source>
        <translation>먼저 예외를 선택하세요.</translation>
    </message>
    <message>
        <source>SLA for {0} set to {1} h</source>
        <translation>{0}의 SLA를 {1}시간으로 정했습니다</translation>
    </message>
    <message>
        <source>Exception SLA</source>
        <translation>예외 SLA</translation>
    </message>
    <message>
        <source>Exceptions of this kind open longer than this are shown as OVERDUE, in red.</source>
        <translation>이 종류의 예외가 이 시간보다 오래 열려 있으면 빨간색 기한 초과로 표시합니다.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source> h</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Set SLA</source>
        <translation>SLA 설정</translation>
    </message>
    <message>
        <source>Receipt → disposition, last {0} days ({1} units): median {2} h · P90 {3} h</source>
        <translation>입고 → 처리, 최근 {0}일 (유닛 {1}개): 중앙값 {2}시간 · P90 {3}시간</translation>
    </message>
    <message>
        <source>No units reached a disposition in the last {0} days.</source>
        <translation>최근 {0}일 동안 처리가 결정된 유닛이 없습니다.</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0}시간</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>{0} ago</source>
        <translation>{0} 전</translation>
    </message>
    <message>
        <source>Set SLA…</source>
        <translation>처리 기한 설정…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>배정…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>해결…</translation>
    </message>
    <message>
        <source>Show in queue</source>
        <translation>대기열에서 보기</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>처리 기한</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>LPN / code</source>
        <translation>LPN / 코드</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>연 사람</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>About</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>공유 데이터베이스</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>전송 대기</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>마지막 동기화</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>마지막 응답</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Nothing in this range</source>
        <translation>이 기간에 데이터 없음</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Returns Desk — first start</source>
        <translation>Returns Desk — 처음 시작</translation>
    </message>
    <message>
        <source>&amp;Start Returns Desk</source>
        <translation>Returns Desk 시작(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>The import was stopped; nothing was imported.</source>
        <translation>가져오기를 중지했습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Import return requests</source>
        <translation>반품 요청 가져오기</translation>
    </message>
    <message>
        <source>A CSV or JSON export of return requests</source>
        <translation>반품 요청을 내보낸 CSV 또는 JSON 파일</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>파일 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>Whose export</source>
        <translation>내보낸 곳</translation>
    </message>
    <message>
        <source>Recognise from the file</source>
        <translation>파일에서 알아내기</translation>
    </message>
    <message>
        <source>Choose a file to see how it will be read.</source>
        <translation>파일을 고르면 어떻게 읽힐지 보여 줍니다.</translation>
    </message>
    <message>
        <source>Skip bad returns (import the good ones; write the bad rows to a rejects file)</source>
        <translation>잘못된 반품 건너뛰기 (정상 건은 가져오고, 잘못된 행은 거부 파일에 씀)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Return exports (*.csv *.json);;All files (*)</source>
        <translation>반품 내보내기 파일 (*.csv *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} 읽는 중…</translation>
    </message>
    <message>
        <source>This file cannot be imported: {0}</source>
        <translation>이 파일은 가져올 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>about {0} rows</source>
        <translation>약 {0}행</translation>
    </message>
    <message>
        <source>its rows counted as they are read</source>
        <translation>읽으면서 행을 셈</translation>
    </message>
    <message>
        <source>Recognised as {0} ({1}).</source>
        <translation>{0}(으)로 인식함 ({1}).</translation>
    </message>
    <message>
        <source>Read as {0} ({1}).</source>
        <translation>{0}(으)로 읽음 ({1}).</translation>
    </message>
    <message>
        <source>{0} of the first {1} rows have problems (marked).</source>
        <translation>처음 {1}행 중 {0}행에 문제가 있습니다 (표시됨).</translation>
    </message>
    <message>
        <source>The first {0} rows are fine.</source>
        <translation>처음 {0}행은 문제가 없습니다.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Imported %v of %m rows</source>
        <translation>%m행 중 %v행 가져옴</translation>
    </message>
    <message>
        <source>Nothing was imported: {0} problem(s). Correct the file, or tick “Skip bad returns” to import the good ones.</source>
        <translation>아무것도 가져오지 않았습니다: 문제 {0}건. 파일을 고치거나 “잘못된 반품 건너뛰기”를 선택해 정상 건만 가져오세요.</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… 그리고 {0}건 더</translation>
    </message>
    <message>
        <source>{0}: {1} problem(s); nothing was imported.</source>
        <translation>{0}: 문제 {1}건, 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>{0} ({1}): {2} new return request(s), {3} updated, {4} unchanged; {5} line(s).</source>
        <translation>{0} ({1}): 새 반품 요청 {2}건, 갱신 {3}건, 변경 없음 {4}건, 품목 {5}개.</translation>
    </message>
    <message>
        <source>{0} bad row(s) written to {1}.</source>
        <translation>잘못된 행 {0}개를 {1}에 썼습니다.</translation>
    </message>
</context>
<context>
    <name>InboundTab</name>
    <message>
        <source>Import tracking…</source>
        <translation>추적 정보 가져오기…</translation>
    </message>
    <message>
        <source>Carrier checkpoints: AfterShip Tracking webhooks (JSON) or a CSV of them</source>
        <translation>운송사 체크포인트: AfterShip Tracking 웹훅(JSON) 또는 그 CSV</translation>
    </message>
    <message>
        <source>Open cases for stalled parcels</source>
        <translation>정체 소포 건 열기</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Days without a scan before a parcel is stalled</source>
        <translation>소포를 정체로 보기까지 스캔이 없는 일수</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Stalled after</source>
        <translation>정체 기준</translation>
    </message>
    <message>
        <source>without a scan</source>
        <translation>동안 스캔 없음</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>운송장 번호</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>운송사</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>마지막 스캔</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>유닛</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>구역</translation>
    </message>
    <message>
        <source>Parcels today</source>
        <translation>오늘 소포</translation>
    </message>
    <message>
        <source>Units today</source>
        <translation>오늘 유닛</translation>
    </message>
    <message>
        <source>Parcels tomorrow</source>
        <translation>내일 소포</translation>
    </message>
    <message>
        <source>Units tomorrow</source>
        <translation>내일 유닛</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>운송사</translation>
    </message>
    <message>
        <source>Expected at the dock</source>
        <translation>도착 예정</translation>
    </message>
    <message>
        <source>Import carrier tracking</source>
        <translation>운송사 추적 정보 가져오기</translation>
    </message>
    <message>
        <source>Tracking files (*.json *.csv);;All files (*)</source>
        <translation>추적 파일 (*.json *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>{0}: {1} new checkpoint(s) for {2} parcel(s), {3} moved on, {4} not of returns; {5} case(s) opened for stalled parcels.</source>
        <translation>{0}: 소포 {2}개의 새 체크포인트 {1}건, 진행 {3}건, 반품 아님 {4}건, 정체 소포 건 {5}개 열림.</translation>
    </message>
    <message>
        <source>{0}: {1} problem(s), nothing was imported: {2}</source>
        <translation>{0}: 문제 {1}건, 아무것도 가져오지 않았습니다: {2}</translation>
    </message>
    <message>
        <source>{0} exception case(s) opened for stalled parcels.</source>
        <translation>정체 소포에 대해 예외 {0}건을 열었습니다.</translation>
    </message>
    <message>
        <source>A parcel with no scan for {0} days now counts as stalled.</source>
        <translation>이제 {0}일 동안 스캔이 없는 소포는 정체로 봅니다.</translation>
    </message>
</context>
<context>
    <name>IntegrationsTab</name>
    <message>
        <source>Return requests from the shop platforms</source>
        <translation>쇼핑몰 플랫폼의 반품 요청</translation>
    </message>
    <message>
        <source>&amp;Import returns…</source>
        <translation>반품 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Shopify, BigCommerce, Loop, AfterShip Returns or Returns Desk&apos;s own format</source>
        <translation>Shopify, BigCommerce, Loop, AfterShip Returns 또는 Returns Desk 자체 형식</translation>
    </message>
    <message>
        <source>No folder watched</source>
        <translation>감시하는 폴더 없음</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>감시 폴더</translation>
    </message>
    <message>
        <source>Watch this folder</source>
        <translation>이 폴더 감시</translation>
    </message>
    <message>
        <source>Files dropped there are imported by this station and moved to done/ or, with their problems listed, to failed/.</source>
        <translation>그 폴더에 넣은 파일은 이 스테이션이 가져와 done/으로 옮기고, 문제가 있으면 문제 목록과 함께 failed/로 옮깁니다.</translation>
    </message>
    <message>
        <source>Watched folder:</source>
        <translation>감시 폴더:</translation>
    </message>
    <message>
        <source>Webhooks: events sent as they happen</source>
        <translation>웹훅: 일어나는 즉시 보내는 이벤트</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Event kinds</source>
        <translation>이벤트 종류</translation>
    </message>
    <message>
        <source>On</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Waiting / failing</source>
        <translation>대기 / 실패</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>다음 시도</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Add endpoint…</source>
        <translation>엔드포인트 추가…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>변경…</translation>
    </message>
    <message>
        <source>Send again now</source>
        <translation>지금 다시 보내기</translation>
    </message>
    <message>
        <source>Deliveries not taken yet:</source>
        <translation>아직 받지 않은 전송:</translation>
    </message>
    <message>
        <source>An admin adds and changes endpoints</source>
        <translation>엔드포인트는 관리자가 추가하고 변경합니다</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Deliveries not taken yet: {0} (tried again with a growing wait; “Send again now” tries the selected ones at once).</source>
        <translation>아직 받지 않은 전송: {0}건 (간격을 늘려 가며 다시 시도합니다. “지금 다시 보내기”는 선택한 건을 바로 시도합니다).</translation>
    </message>
    <message>
        <source>This station watches no folder now.</source>
        <translation>이제 이 스테이션은 폴더를 감시하지 않습니다.</translation>
    </message>
    <message>
        <source>This station imports the files dropped into {0}.</source>
        <translation>이 스테이션이 {0}에 넣은 파일을 가져옵니다.</translation>
    </message>
    <message>
        <source>Select the endpoint to change.</source>
        <translation>변경할 엔드포인트를 선택하세요.</translation>
    </message>
    <message>
        <source>Endpoint {0} saved. Its shared secret (give it to the receiver): {1}</source>
        <translation>엔드포인트 {0}을(를) 저장했습니다. 공유 비밀 키(받는 쪽에 전달하세요): {1}</translation>
    </message>
    <message>
        <source>Endpoint {0} saved.</source>
        <translation>엔드포인트 {0}을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Select the deliveries to send again.</source>
        <translation>다시 보낼 전송을 선택하세요.</translation>
    </message>
    <message>
        <source>{0} delivery(ies) will be tried now.</source>
        <translation>전송 {0}건을 지금 시도합니다.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Returns Desk</source>
        <translation>Returns Desk</translation>
    </message>
    <message>
        <source>Scan your badge to start</source>
        <translation>시작하려면 배지를 스캔하세요</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>배지</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>Scan your badge to start</source>
        <translation>시작하려면 배지를 스캔하세요</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>PIN을 입력하세요</translation>
    </message>
</context>
<context>
    <name>MailPump</name>
    <message>
        <source>Sending e-mail failed: {0}. The messages stay queued.</source>
        <translation>이메일 발송 실패: {0}. 메시지는 대기열에 남습니다.</translation>
    </message>
    <message>
        <source>E-mail is turned off: messages stay in the outbox.</source>
        <translation>이메일이 꺼져 있어 메시지는 보낼 편지함에 남아 있습니다.</translation>
    </message>
    <message>
        <source>E-mail: {0} sent, {1} to retry, {2} failed.</source>
        <translation>이메일: {0}건 보냄, {1}건 재시도, {2}건 실패.</translation>
    </message>
    <message>
        <source>Last error: {0}</source>
        <translation>마지막 오류: {0}</translation>
    </message>
    <message>
        <source>Webhooks: {0} delivered, {1} to retry.</source>
        <translation>웹훅: {0}건 전달, {1}건 재시도.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>감독자</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Returns Desk</source>
        <translation>Returns Desk</translation>
    </message>
    <message>
        <source>Database offline — nothing already saved is lost; the last action was not saved.</source>
        <translation>데이터베이스 연결 끊김 — 이미 저장된 것은 그대로이며, 마지막 작업은 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>로그인하지 않음</translation>
    </message>
    <message>
        <source>Console (Ctrl+2)</source>
        <translation>콘솔 (Ctrl+2)</translation>
    </message>
    <message>
        <source>Refurbish (Ctrl+3)</source>
        <translation>수리 (Ctrl+3)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>잠금 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>잠겼습니다.</translation>
    </message>
    <message>
        <source>Station {0}</source>
        <translation>스테이션 {0}</translation>
    </message>
    <message>
        <source>Your badge or this station was deactivated: nothing was saved. Ask a supervisor.</source>
        <translation>배지 또는 이 스테이션이 비활성화되어 아무것도 저장되지 않았습니다. 감독자에게 문의하세요.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Station (Ctrl+1)</source>
        <translation>스테이션 (Ctrl+1)</translation>
    </message>
    <message>
        <source>Locked after {0} min without activity. Scan your badge to go on.</source>
        <translation>{0}분 동안 활동이 없어 잠겼습니다. 계속하려면 배지를 스캔하세요.</translation>
    </message>
    <message>
        <source>last sync {0} UTC</source>
        <translation>마지막 동기화 {0} UTC</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>아직 동기화되지 않음</translation>
    </message>
    <message>
        <source>online</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source> · {0} conflicts for a supervisor</source>
        <translation> · 감독자 확인이 필요한 충돌 {0}건</translation>
    </message>
    <message>
        <source>Shared database {0} · {1} waiting · {2}</source>
        <translation>공유 데이터베이스 {0} · 대기 {1}건 · {2}</translation>
    </message>
    <message>
        <source> · {0} s per unit</source>
        <translation> · 유닛당 {0}초</translation>
    </message>
    <message>
        <source> · first touch {0}</source>
        <translation> · 첫 처리 완료율 {0}</translation>
    </message>
    <message>
        <source>This hour: {0} units</source>
        <translation>이번 시간: {0}개 유닛</translation>
    </message>
    <message>
        <source>the unexpected parcel</source>
        <translation>예상 밖 소포</translation>
    </message>
    <message>
        <source>Close Returns Desk</source>
        <translation>Returns Desk 닫기</translation>
    </message>
    <message>
        <source>What you entered for {0} is not saved yet.</source>
        <translation>{0}에 입력한 내용이 아직 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Keep working and press Enter to save it, or close and lose it.</source>
        <translation>계속 작업하고 Enter로 저장하거나, 닫고 버리세요.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>저장하지 않고 닫기</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>계속 작업</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Returns Desk — user manual</source>
        <translation>Returns Desk — 사용 설명서</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>사용 설명서</translation>
    </message>
    <message>
        <source>The manual is not part of this installation.</source>
        <translation>이 설치본에는 사용 설명서가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>St&amp;ation</source>
        <translation>스테이션(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>콘솔(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Station screen</source>
        <translation>스테이션 화면(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refurbishment bench</source>
        <translation>수리 작업대(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lock the station</source>
        <translation>스테이션 잠그기(&amp;L)</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>잠겼습니다.</translation>
    </message>
    <message>
        <source>Supervisor &amp;console</source>
        <translation>감독자 콘솔(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import returns…</source>
        <translation>반품 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Print a &amp;test tag</source>
        <translation>시험 태그 인쇄(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>사용 설명서(&amp;M)</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation>진단 정보 저장(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;About Returns Desk</source>
        <translation>Returns Desk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Saved: {0}.</source>
        <translation>저장됨: {0}.</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>진단 정보 저장</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>Diagnostics not saved: {0}</source>
        <translation>진단 정보를 저장하지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>Diagnostics saved to {0}. Send it to IT.</source>
        <translation>진단 정보를 {0}에 저장했습니다. IT 담당자에게 보내 주세요.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New return request</source>
        <translation>새 반품 요청</translation>
    </message>
    <message>
        <source>Order number, customer e-mail or the start of their name</source>
        <translation>주문 번호, 고객 이메일 또는 이름 앞부분</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>주문일</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>배송일</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>판매</translation>
    </message>
    <message>
        <source>On returns</source>
        <translation>반품 중</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>정책</translation>
    </message>
    <message>
        <source>The customer wants</source>
        <translation>고객 희망</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>what the customer said</source>
        <translation>고객이 한 말</translation>
    </message>
    <message>
        <source>Customer&apos;s photos…</source>
        <translation>고객 사진…</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>사진 없음</translation>
    </message>
    <message>
        <source>Make request</source>
        <translation>요청 만들기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>No order matches: try the order number or the customer&apos;s e-mail.</source>
        <translation>일치하는 주문이 없습니다. 주문 번호나 고객 이메일로 찾아 보세요.</translation>
    </message>
    <message>
        <source>{0} days, inside</source>
        <translation>{0}일, 기간 내</translation>
    </message>
    <message>
        <source>{0} days, outside</source>
        <translation>{0}일, 기간 외</translation>
    </message>
    <message>
        <source>not returnable</source>
        <translation>반품 불가</translation>
    </message>
    <message>
        <source>{0} order(s) found.</source>
        <translation>주문 {0}건을 찾았습니다.</translation>
    </message>
    <message>
        <source>Pick a quantity for each line coming back.</source>
        <translation>돌아오는 품목마다 수량을 고르세요.</translation>
    </message>
    <message>
        <source>The customer&apos;s photos</source>
        <translation>고객 사진</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>이미지 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>{0} photo(s)</source>
        <translation>사진 {0}장</translation>
    </message>
    <message>
        <source>Find the order first.</source>
        <translation>먼저 주문을 찾으세요.</translation>
    </message>
    <message>
        <source>{0} made: {1} ({2}: {3}).</source>
        <translation>{0} 생성됨: {1} ({2}: {3}).</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Resend…</source>
        <translation>다시 보내기…</translation>
    </message>
    <message>
        <source>Queue the selected messages again</source>
        <translation>선택한 메시지를 다시 대기열에 넣기</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>지금 보내기</translation>
    </message>
    <message>
        <source>Send what is due now, from this station</source>
        <translation>보낼 때가 된 메시지를 이 스테이션에서 지금 보내기</translation>
    </message>
    <message>
        <source>Queued (UTC)</source>
        <translation>대기열 등록 (UTC)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>About</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>다음 시도</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Text. Placeholders: $customer $rma $order $status $items $policy $amount $shop $next</source>
        <translation>본문. 자리표시자: $customer $rma $order $status $items $policy $amount $shop $next</translation>
    </message>
    <message>
        <source>HTML (optional: made from the text when left empty)</source>
        <translation>HTML (선택: 비워 두면 본문에서 만듦)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Back to default</source>
        <translation>기본값으로</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>템플릿 저장</translation>
    </message>
    <message>
        <source>Preview: the template filled in from the newest request.</source>
        <translation>미리 보기: 가장 최근 요청으로 채운 템플릿</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>발송</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Send customer e-mails (off: they wait in the outbox)</source>
        <translation>고객 이메일 보내기 (끄면 보낼 편지함에서 대기)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP 서버</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>비우면 로그인 없음</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>kept in the system keyring or a file only you can read; empty: unchanged</source>
        <translation>시스템 키링 또는 본인만 읽을 수 있는 파일에 보관, 비우면 그대로</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>보내는 사람</translation>
    </message>
    <message>
        <source>returns@shop.example</source>
        <translation>returns@shop.example</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>상점 이름</translation>
    </message>
    <message>
        <source>Return address</source>
        <translation>반송 주소</translation>
    </message>
    <message>
        <source>Printed on the return slip, one line each</source>
        <translation>반품 전표에 한 줄씩 인쇄됩니다</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>모든 메시지</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Select failed or sent messages to send again.</source>
        <translation>다시 보낼 실패 또는 발송 메시지를 선택하세요.</translation>
    </message>
    <message>
        <source>{0} message(s) queued again.</source>
        <translation>메시지 {0}건을 다시 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <source>Queue {0} message(s) again ({1}). A message sent before goes again with the same Message-ID.</source>
        <translation>메시지 {0}건을 다시 대기열에 넣습니다 ({1}). 이미 보낸 메시지는 같은 Message-ID로 다시 갑니다.</translation>
    </message>
    <message>
        <source>Sending what is due…</source>
        <translation>보낼 때가 된 메시지를 보내는 중…</translation>
    </message>
    <message>
        <source>The {0} e-mail in {1} is saved: messages sent from now on use it.</source>
        <translation>{1} &apos;{0}&apos; 이메일을 저장했습니다. 이제부터 보내는 메시지에 씁니다.</translation>
    </message>
    <message>
        <source>The password is kept in {0}.</source>
        <translation>비밀번호는 {0}에 보관합니다.</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>시스템 키링</translation>
    </message>
    <message>
        <source>E-mail is on.</source>
        <translation>이메일 켜짐.</translation>
    </message>
    <message>
        <source>E-mail is off: messages wait.</source>
        <translation>이메일 꺼짐: 메시지는 대기합니다.</translation>
    </message>
    <message>
        <source>E-mail settings saved.</source>
        <translation>이메일 설정을 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>PhotoDesk</name>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</source>
        <translation>이미지 (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>This photo is not on this computer.</source>
        <translation>이 사진은 이 컴퓨터에 없습니다.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>Which products return above the average of {0}, and why. A product is above average when even the low end of its 95% Wilson interval is above it: 1 return in 2 sales is not a problem.</source>
        <translation>평균 {0}보다 반품이 많은 제품과 그 이유. 95% Wilson 구간의 하한조차 평균보다 높을 때 평균 이상으로 봅니다. 판매 2건 중 반품 1건은 문제가 아닙니다.</translation>
    </message>
    <message>
        <source>Which categories return most, with their intervals.</source>
        <translation>반품이 가장 많은 카테고리와 그 구간.</translation>
    </message>
    <message>
        <source>How long customers take to start a return: {0} days on average.</source>
        <translation>고객이 반품을 시작하기까지 평균 {0}일이 걸립니다.</translation>
    </message>
    <message>
        <source>How long customers take to start a return.</source>
        <translation>고객이 반품을 시작하기까지 걸리는 시간.</translation>
    </message>
    <message>
        <source>Shipping is per parcel: its share here is by units returned.</source>
        <translation>배송비는 소포 단위입니다. 여기서는 반품 유닛 수로 나눴습니다.</translation>
    </message>
    <message>
        <source>Net cost {0} for {1} units returned: {2} a unit, of which handling them (shipping, dock, bench, disposal) {3}.</source>
        <translation>반품 유닛 {1}개의 순비용 {0}: 유닛당 {2}, 그중 처리 비용(배송, 입고장, 수리대, 폐기) {3}.</translation>
    </message>
    <message>
        <source>How first-time buyers, repeat and loyal customers, and serial returners behave; a customer&apos;s segment is what they were when they ordered.</source>
        <translation>첫 구매 고객, 재구매·단골 고객, 상습 반품 고객의 행동. 고객 구분은 주문 당시 기준입니다.</translation>
    </message>
    <message>
        <source>Regions by units returned, with their return rates.</source>
        <translation>반품 유닛 수 기준 지역과 반품률.</translation>
    </message>
    <message>
        <source>How reasons and volumes move by month: seasons, launches, a bad batch.</source>
        <translation>월별 사유와 물량의 변화: 계절, 신제품 출시, 불량 생산분.</translation>
    </message>
    <message>
        <source>Web shop, marketplace and store: units, rates and value.</source>
        <translation>웹 상점, 마켓플레이스, 매장: 유닛, 비율, 금액.</translation>
    </message>
    <message>
        <source>{0} units in {1} lines.</source>
        <translation>품목 {1}개에 유닛 {0}개.</translation>
    </message>
    <message>
        <source>Inspections per active hour (an hour with at least one), per inspector and station.</source>
        <translation>검수자와 스테이션별, 작업 시간(검수가 한 건 이상 있는 시간)당 검수 수.</translation>
    </message>
    <message>
        <source>Hours from a unit&apos;s receipt to its (latest) decision.</source>
        <translation>유닛 입고부터 (최종) 결정까지 걸린 시간.</translation>
    </message>
    <message>
        <source>{0} of units were decided once, at the station, with no override and no approval.</source>
        <translation>유닛의 {0}가 스테이션에서 변경이나 승인 없이 한 번에 결정되었습니다.</translation>
    </message>
    <message>
        <source>Units decided once, at the station, with no override or approval.</source>
        <translation>스테이션에서 변경이나 승인 없이 한 번에 결정된 유닛.</translation>
    </message>
    <message>
        <source>What the units are worth again: their cost price times the recovery share of each disposition (settings).</source>
        <translation>유닛이 다시 갖는 가치: 원가 × 처리 방법별 회수율 (설정).</translation>
    </message>
    <message>
        <source>Blind re-grades that gave the first inspector&apos;s grade.</source>
        <translation>첫 검수자와 같은 등급이 나온 블라인드 재검수.</translation>
    </message>
    <message>
        <source>{0} first inspections by grade.</source>
        <translation>등급별 첫 검수 {0}건.</translation>
    </message>
    <message>
        <source>Recurring themes in the latest {0} comments in range.</source>
        <translation>이 기간 최근 의견 {0}건에서 되풀이되는 주제.</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>배송 전</translation>
    </message>
    <message>
        <source>{0}+ weeks</source>
        <translation>{0}주 이상</translation>
    </message>
    <message>
        <source>week {0}</source>
        <translation>{0}주차</translation>
    </message>
    <message>
        <source>Refunded (price of the units returned)</source>
        <translation>환불액 (반품 유닛 가격)</translation>
    </message>
    <message>
        <source>Return shipping</source>
        <translation>반품 배송</translation>
    </message>
    <message>
        <source>Handling at the dock</source>
        <translation>입고장 처리</translation>
    </message>
    <message>
        <source>Refurbishment (parts and labour)</source>
        <translation>수리 (부품과 인건비)</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>Recovered value</source>
        <translation>회수 가치</translation>
    </message>
    <message>
        <source>Net cost of returns</source>
        <translation>반품 순비용</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>첫 주문</translation>
    </message>
    <message>
        <source>Repeat (2–3 orders)</source>
        <translation>재구매 (주문 2–3회)</translation>
    </message>
    <message>
        <source>Loyal (4+ orders)</source>
        <translation>단골 (주문 4회 이상)</translation>
    </message>
    <message>
        <source>Serial returner (3+ returns)</source>
        <translation>상습 반품 (반품 3회 이상)</translation>
    </message>
    <message>
        <source>above average</source>
        <translation>평균 이상</translation>
    </message>
    <message>
        <source>few sales</source>
        <translation>판매 적음</translation>
    </message>
    <message>
        <source>within range</source>
        <translation>범위 내</translation>
    </message>
    <message>
        <source>the carrier could not pick it up</source>
        <translation>운송사가 수거하지 못했습니다</translation>
    </message>
    <message>
        <source>the carrier is sending it back to the customer</source>
        <translation>운송사가 고객에게 돌려보내고 있습니다</translation>
    </message>
    <message>
        <source>the carrier reports a problem</source>
        <translation>운송사가 문제를 알렸습니다</translation>
    </message>
    <message>
        <source>no scan for {0} days</source>
        <translation>{0}일 동안 스캔 없음</translation>
    </message>
    <message>
        <source>not heard from</source>
        <translation>연락 없음</translation>
    </message>
    <message>
        <source>online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>{0}: {1} cannot be returned.</source>
        <translation>{0}: {1}은(는) 반품할 수 없습니다.</translation>
    </message>
    <message>
        <source>{0}: inside the {1}-day window.</source>
        <translation>{0}: {1}일 기간 내.</translation>
    </message>
    <message>
        <source>{0}: outside the {1}-day window; a person decides.</source>
        <translation>{0}: {1}일 기간 밖입니다. 사람이 결정합니다.</translation>
    </message>
    <message>
        <source>{0}: only {1} of {2} can still be returned.</source>
        <translation>{0}: {2}개 중 {1}개만 아직 반품할 수 있습니다.</translation>
    </message>
    <message>
        <source>No unit with license plate {0}.</source>
        <translation>번호판이 {0}인 유닛이 없습니다.</translation>
    </message>
    <message>
        <source>Return request {0} does not exist.</source>
        <translation>반품 요청 {0}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No return request {0}.</source>
        <translation>반품 요청 {0}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{0} needs a reason.</source>
        <translation>{0}에는 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>There is no return {0}.</source>
        <translation>반품 {0}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no order {0}.</source>
        <translation>주문 {0}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No exception #{0}.</source>
        <translation>예외 #{0}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Exception #{0} is already {1}.</source>
        <translation>예외 #{0}은(는) 이미 {1} 상태입니다.</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>사유를 적으세요.</translation>
    </message>
    <message>
        <source>{0}: the quantity is at least 1.</source>
        <translation>{0}: 수량은 1 이상입니다.</translation>
    </message>
    <message>
        <source>{0} is not a folder this station can see.</source>
        <translation>{0}은(는) 이 스테이션에서 볼 수 있는 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>Unit {0} is {1}: only a graded (inspected) unit can be routed.</source>
        <translation>유닛 {0}은(는) {1} 상태입니다. 등급을 매긴(검수된) 유닛만 경로를 정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Unit {0} is not waiting for approval (it is {1}).</source>
        <translation>유닛 {0}은(는) 승인을 기다리지 않습니다 ({1} 상태).</translation>
    </message>
    <message>
        <source>Unit {0} is already routed to {1}.</source>
        <translation>유닛 {0}은(는) 이미 {1}(으)로 경로가 정해졌습니다.</translation>
    </message>
    <message>
        <source>Unit re-grade #{0} is already done.</source>
        <translation>재검수 #{0}은(는) 이미 끝났습니다.</translation>
    </message>
    <message>
        <source>Two rules are called {0}.</source>
        <translation>같은 이름 {0}인 규칙이 둘 있습니다.</translation>
    </message>
    <message>
        <source>The range ends ({0}) before it starts ({1}).</source>
        <translation>기간의 끝({0})이 시작({1})보다 앞입니다.</translation>
    </message>
    <message>
        <source>Station {0} is deactivated. Ask an admin.</source>
        <translation>스테이션 {0}은(는) 비활성화되었습니다. 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Station {0} already exists.</source>
        <translation>스테이션 {0}은(는) 이미 있습니다.</translation>
    </message>
    <message>
        <source>Rule {0}: {1} must be a whole number, 0 or more.</source>
        <translation>규칙 {0}: {1}은(는) 0 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>Rule {0}: {1} must be a list of words.</source>
        <translation>규칙 {0}: {1}은(는) 단어 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>Rule {0}: unknown {1}: {2}.</source>
        <translation>규칙 {0}: 알 수 없는 {1}: {2}.</translation>
    </message>
    <message>
        <source>Rule {0}: min value is above max value.</source>
        <translation>규칙 {0}: 최소 금액이 최대 금액보다 큽니다.</translation>
    </message>
    <message>
        <source>Rule {0}: inside window is yes, no or empty.</source>
        <translation>규칙 {0}: 기간 내는 yes, no 또는 빈칸입니다.</translation>
    </message>
    <message>
        <source>Rule {0} has no id.</source>
        <translation>규칙 {0}에 ID가 없습니다.</translation>
    </message>
    <message>
        <source>Rule id &apos;{0}&apos; is used twice.</source>
        <translation>규칙 ID &apos;{0}&apos;이(가) 두 번 쓰였습니다.</translation>
    </message>
    <message>
        <source>Rule &apos;{0}&apos; has an age range that no unit can fall in.</source>
        <translation>규칙 &apos;{0}&apos;의 경과일 범위에 들어갈 수 있는 유닛이 없습니다.</translation>
    </message>
    <message>
        <source>Rule &apos;{0}&apos; has a value range that no unit can fall in.</source>
        <translation>규칙 &apos;{0}&apos;의 금액 범위에 들어갈 수 있는 유닛이 없습니다.</translation>
    </message>
    <message>
        <source>No user with badge {0}.</source>
        <translation>사원증이 {0}인 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>No station named {0}.</source>
        <translation>이름이 {0}인 스테이션이 없습니다.</translation>
    </message>
    <message>
        <source>No return {0}.</source>
        <translation>반품 {0}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No blind re-grade #{0}.</source>
        <translation>블라인드 재검수 #{0}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No active user with badge {0}.</source>
        <translation>사원증이 {0}인 활성 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>Grade {0} needs at least one photo of the unit.</source>
        <translation>등급 {0}에는 유닛 사진이 한 장 이상 필요합니다.</translation>
    </message>
    <message>
        <source>Badge {0} is already registered.</source>
        <translation>사원증 {0}은(는) 이미 등록되어 있습니다.</translation>
    </message>
    <message>
        <source>A {0} needs a PIN.</source>
        <translation>{0}에게는 PIN이 필요합니다.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an http:// or https:// address.</source>
        <translation>&apos;{0}&apos;은(는) http:// 또는 https:// 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a license plate (LP + 10 digits with a valid check digit).</source>
        <translation>&apos;{0}&apos;은(는) 번호판이 아닙니다 (LP + 올바른 검증 숫자를 포함한 10자리).</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>자기 자신은 비활성화할 수 없습니다.</translation>
    </message>
    <message>
        <source>Those deliveries have gone out already.</source>
        <translation>그 전송은 이미 나갔습니다.</translation>
    </message>
    <message>
        <source>There is no return request yet to show the template with.</source>
        <translation>템플릿을 보여 줄 반품 요청이 아직 없습니다.</translation>
    </message>
    <message>
        <source>The sender address needs an @.</source>
        <translation>보내는 사람 주소에는 @가 필요합니다.</translation>
    </message>
    <message>
        <source>The SMTP port is a number from 1 to 65535.</source>
        <translation>SMTP 포트는 1–65535 사이의 숫자입니다.</translation>
    </message>
    <message>
        <source>Say why the unit cannot be repaired.</source>
        <translation>유닛을 수리할 수 없는 이유를 적으세요.</translation>
    </message>
    <message>
        <source>Say why the rules change: the next person reads it in the history.</source>
        <translation>규칙을 바꾸는 이유를 적으세요. 다음 사람이 기록에서 읽습니다.</translation>
    </message>
    <message>
        <source>Say what was done: parts, minutes, cost, notes or a photo.</source>
        <translation>한 일을 적으세요: 부품, 시간(분), 비용, 메모 또는 사진.</translation>
    </message>
    <message>
        <source>Resending needs a reason.</source>
        <translation>다시 보내려면 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>Recovered value is a percentage from 0 to 100 for each disposition.</source>
        <translation>회수 가치는 처리 방법마다 0–100 사이의 백분율입니다.</translation>
    </message>
    <message>
        <source>Pick at least one line and how many come back.</source>
        <translation>품목을 하나 이상 고르고 돌아오는 수량을 정하세요.</translation>
    </message>
    <message>
        <source>Name the SMTP server.</source>
        <translation>SMTP 서버 이름을 적으세요.</translation>
    </message>
    <message>
        <source>More than a day on one unit in one step: enter the minutes again.</source>
        <translation>한 단계에 하루가 넘는 시간입니다. 분을 다시 입력하세요.</translation>
    </message>
    <message>
        <source>Minutes and cost cannot be negative.</source>
        <translation>시간과 비용은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>Give the event kinds to send, e.g. return.* (every return event) or * (all).</source>
        <translation>보낼 이벤트 종류를 적으세요. 예: return.* (모든 반품 이벤트) 또는 * (전체).</translation>
    </message>
    <message>
        <source>Give the endpoint a name of at most 64 characters.</source>
        <translation>엔드포인트 이름을 64자 이내로 적으세요.</translation>
    </message>
    <message>
        <source>Every settlement has been exported already.</source>
        <translation>모든 정산을 이미 내보냈습니다.</translation>
    </message>
    <message>
        <source>Changing the proposed amounts needs a reason.</source>
        <translation>제안 금액을 바꾸려면 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>Authorizing needs a reason.</source>
        <translation>승인하려면 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>An approval needs a reason.</source>
        <translation>승인에는 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>An SLA is a positive number of hours.</source>
        <translation>SLA는 0보다 큰 시간 수입니다.</translation>
    </message>
    <message>
        <source>A what-if looks back at least one day.</source>
        <translation>가정 분석은 최소 하루 전까지 봅니다.</translation>
    </message>
    <message>
        <source>Handling minutes per unit must be from 0 to {0}.</source>
        <translation>유닛당 처리 시간(분)은 0–{0} 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The {0} must be from 0 to {1}.</source>
        <translation>{0}은(는) 0–{1} 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Install the Returns Desk version the other stations use, or ask IT to upgrade the database.</source>
        <translation>다른 스테이션과 같은 버전의 Returns Desk를 설치하거나, IT에 데이터베이스 업그레이드를 요청하세요.</translation>
    </message>
    <message>
        <source>Check the database address: it is set by {0}, or by &quot;db_url&quot; in {1}. For a shared database, check that the server is running and this computer can reach it; then start again. Details are in {2}.</source>
        <translation>데이터베이스 주소를 확인하세요. {0} 또는 {1}의 &quot;db_url&quot;에서 정합니다. 공유 데이터베이스라면 서버가 실행 중이고 이 컴퓨터에서 연결할 수 있는지 확인한 뒤 다시 시작하세요. 자세한 내용은 {2}에 있습니다.</translation>
    </message>
    <message>
        <source>Cannot open the database: {0}</source>
        <translation>데이터베이스를 열 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Correct it in {0} or the environment.</source>
        <translation>{0} 또는 환경 변수에서 고치세요.</translation>
    </message>
    <message>
        <source>The database has no Returns Desk schema yet: run `returns-desk db upgrade`.</source>
        <translation>데이터베이스에 아직 Returns Desk 스키마가 없습니다. `returns-desk db upgrade`를 실행하세요.</translation>
    </message>
    <message>
        <source>The database has Returns Desk tables but no schema version; refusing to touch it.</source>
        <translation>데이터베이스에 Returns Desk 테이블은 있지만 스키마 버전이 없어 건드리지 않습니다.</translation>
    </message>
    <message>
        <source>The database schema is at version {0}; this Returns Desk needs {1}. Run `returns-desk db upgrade` (back up a shared database first).</source>
        <translation>데이터베이스 스키마는 버전 {0}이고, 이 Returns Desk에는 {1}이(가) 필요합니다. `returns-desk db upgrade`를 실행하세요 (공유 데이터베이스는 먼저 백업하세요).</translation>
    </message>
    <message>
        <source>The database schema is at version {0}, newer than this Returns Desk understands ({1}). Install the Returns Desk version the other stations use.</source>
        <translation>데이터베이스 스키마 버전 {0}은(는) 이 Returns Desk가 아는 버전({1})보다 새롭습니다. 다른 스테이션과 같은 버전의 Returns Desk를 설치하세요.</translation>
    </message>
    <message>
        <source>Cannot reach the database ({0}): {1}</source>
        <translation>데이터베이스에 연결할 수 없습니다 ({0}): {1}</translation>
    </message>
    <message>
        <source>Nothing was saved: your badge or this station has been deactivated. Ask a supervisor or an admin.</source>
        <translation>아무것도 저장하지 않았습니다. 사원증이나 이 스테이션이 비활성화되었습니다. 감독자나 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>The audit trail cannot be changed or deleted.</source>
        <translation>감사 기록은 바꾸거나 지울 수 없습니다.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full. Nothing was saved: free some space, then try again.</source>
        <translation>데이터베이스가 있는 디스크가 가득 찼습니다. 아무것도 저장하지 않았습니다. 공간을 비운 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database cannot be written: its file is read-only for this user. Nothing was saved: ask IT to check the file&apos;s permissions.</source>
        <translation>데이터베이스에 쓸 수 없습니다. 이 사용자에게 파일이 읽기 전용입니다. 아무것도 저장하지 않았습니다. IT에 파일 권한 확인을 요청하세요.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it (an import, say). Nothing was saved: try again in a moment.</source>
        <translation>데이터베이스가 사용 중입니다. 다른 프로그램(예: 가져오기)이 쓰고 있습니다. 아무것도 저장하지 않았습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>{0}: unknown SKU &apos;{1}&apos;</source>
        <translation>{0}: 알 수 없는 SKU &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0}: order {1} is not in the database, so the customer&apos;s email is needed</source>
        <translation>{0}: 주문 {1}이(가) 데이터베이스에 없어 고객 이메일이 필요합니다</translation>
    </message>
    <message>
        <source>{0}: unknown column (known: {1})</source>
        <translation>{0}: 알 수 없는 열 (아는 열: {1})</translation>
    </message>
    <message>
        <source>{0}: must be text or a number, not a list or an object</source>
        <translation>{0}: 목록이나 객체가 아닌 텍스트나 숫자여야 합니다</translation>
    </message>
    <message>
        <source>{0}: required, but empty</source>
        <translation>{0}: 필수인데 비어 있습니다</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a whole number from 1 to {2}</source>
        <translation>{0}: &apos;{1}&apos;은(는) 1–{2} 사이의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not an ISO 8601 date or time from {2} to {3}</source>
        <translation>{0}: &apos;{1}&apos;은(는) {2}–{3}년의 ISO 8601 날짜나 시각이 아닙니다</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not an amount like 49.99 (at most {2}.99)</source>
        <translation>{0}: &apos;{1}&apos;은(는) 49.99 같은 금액이 아닙니다 (최대 {2}.99)</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a channel ({2})</source>
        <translation>{0}: &apos;{1}&apos;은(는) 채널이 아닙니다 ({2})</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a language the e-mails are written in ({2})</source>
        <translation>{0}: &apos;{1}&apos;은(는) 이메일을 쓰는 언어가 아닙니다 ({2})</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a {2} {3} this preset maps (add it: {4})</source>
        <translation>{0}: &apos;{1}&apos;은(는) 이 형식이 변환하는 {2} {3}이(가) 아닙니다 (추가: {4})</translation>
    </message>
    <message>
        <source>No product has the SKU {0}.</source>
        <translation>SKU {0}인 제품이 없습니다.</translation>
    </message>
    <message>
        <source>Say why the cost rates change.</source>
        <translation>비용 단가를 바꾸는 이유를 적으세요.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>판매</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>반품</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>하한</translation>
    </message>
    <message>
        <source>High</source>
        <translation>상한</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Top reasons</source>
        <translation>주요 사유</translation>
    </message>
    <message>
        <source>After delivery</source>
        <translation>배송 후</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>유닛</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Total (cents)</source>
        <translation>합계 (센트)</translation>
    </message>
    <message>
        <source>Per returned unit (cents)</source>
        <translation>반품 유닛당 (센트)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>판매 유닛</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>반품 유닛</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Value returned (cents)</source>
        <translation>반품 금액 (센트)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>비중</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>검수자</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>작업 시간</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation>시간당 유닛</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>처리 방법</translation>
    </message>
    <message>
        <source>Average hours</source>
        <translation>평균 시간</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>한 번에 처리</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Cost price (cents)</source>
        <translation>원가 (센트)</translation>
    </message>
    <message>
        <source>Recovered (cents)</source>
        <translation>회수 (센트)</translation>
    </message>
    <message>
        <source>Re-grades</source>
        <translation>재검수</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>일치</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>의견 수</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>보낼 곳</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Min value ¢</source>
        <translation>최소 금액 ¢</translation>
    </message>
    <message>
        <source>Max value ¢</source>
        <translation>최대 금액 ¢</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>보증</translation>
    </message>
    <message>
        <source>Min age d</source>
        <translation>최소 경과일</translation>
    </message>
    <message>
        <source>Max age d</source>
        <translation>최대 경과일</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>승인 필요</translation>
    </message>
    <message>
        <source>Inside window</source>
        <translation>기간 내</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Min returns 90 d</source>
        <translation>90일 최소 반품 수</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Printing the tags</source>
        <translation>태그 인쇄</translation>
    </message>
    <message>
        <source>Each graded unit gets a tag with its plate and where it goes.</source>
        <translation>등급이 매겨진 각 유닛에는 번호판 바코드와 보낼 곳이 적힌 태그가 붙습니다.</translation>
    </message>
    <message>
        <source>&amp;PDF files, one per tag, in the tags folder</source>
        <translation>PDF 파일(&amp;P) — 태그마다 하나씩, 태그 폴더에</translation>
    </message>
    <message>
        <source>A printer of this c&amp;omputer:</source>
        <translation>이 컴퓨터의 프린터(&amp;O):</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <source>A printer of this computer (none is set up here)</source>
        <translation>이 컴퓨터의 프린터 (설정된 프린터 없음)</translation>
    </message>
    <message>
        <source>A &amp;ZPL label printer on the network, at:</source>
        <translation>네트워크의 ZPL 라벨 프린터(&amp;Z), 주소:</translation>
    </message>
    <message>
        <source>Label printer address</source>
        <translation>라벨 프린터 주소</translation>
    </message>
    <message>
        <source>Print a &amp;test tag</source>
        <translation>시험 태그 인쇄(&amp;T)</translation>
    </message>
    <message>
        <source>✖ Not printed: {0}</source>
        <translation>✖ 인쇄되지 않았습니다: {0}</translation>
    </message>
    <message>
        <source>✔ {0} Check that the bars are sharp and the text reads.</source>
        <translation>✔ {0} 바코드 막대가 선명하고 글자가 읽히는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer &apos;{0}&apos; did not accept the job. Check it is on and has labels, then print again.</source>
        <translation>&apos;{0}&apos; 프린터가 작업을 받지 않았습니다. 전원과 라벨을 확인한 뒤 다시 인쇄하세요.</translation>
    </message>
    <message>
        <source>No printer called &apos;{0}&apos; on this computer. Choose another and print again.</source>
        <translation>이 컴퓨터에 &apos;{0}&apos; 프린터가 없습니다. 다른 프린터를 골라 다시 인쇄하세요.</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>{0} is {1}: it is not waiting for approval.</source>
        <translation>{0}은(는) {1} 상태입니다. 승인을 기다리지 않습니다.</translation>
    </message>
    <message>
        <source>{0} approved: {1} → {2}. Ctrl+P prints its new tag.</source>
        <translation>{0} 승인됨: {1} → {2}. Ctrl+P로 새 태그를 인쇄합니다.</translation>
    </message>
    <message>
        <source>Approve {0}</source>
        <translation>{0} 승인</translation>
    </message>
    <message>
        <source>{0} ({1} {2}, grade {3}) goes to {4} as the inspector chose; its approval exception is closed. Its tag said ON HOLD: print the new one.</source>
        <translation>{0}({1} {2}, 등급 {3})은(는) 검수자가 고른 대로 {4}(으)로 갑니다. 승인 예외는 닫힙니다. 태그에 보류라고 되어 있으니 새 태그를 인쇄하세요.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>{0} re-routed to {1}. Ctrl+P prints its new tag.</source>
        <translation>{0}의 경로를 {1}(으)로 바꿨습니다. Ctrl+P로 새 태그를 인쇄합니다.</translation>
    </message>
    <message>
        <source>Change the disposition of {0}</source>
        <translation>{0}의 처리 방법 변경</translation>
    </message>
    <message>
        <source>{0} is {1} (now {2}). It goes where you choose instead; an approval it waits for is settled.</source>
        <translation>{0}은(는) {1} 상태입니다 (현재 {2}). 대신 고른 곳으로 가며, 기다리던 승인은 처리됩니다.</translation>
    </message>
    <message>
        <source>Route to</source>
        <translation>보낼 경로</translation>
    </message>
    <message>
        <source>Re-route</source>
        <translation>경로 변경</translation>
    </message>
    <message>
        <source>{0} sent back for re-inspection</source>
        <translation>{0}을(를) 재검수로 되돌렸습니다</translation>
    </message>
    <message>
        <source>Send {0} back</source>
        <translation>{0} 되돌려 보내기</translation>
    </message>
    <message>
        <source>{0} goes back to &apos;received&apos;: its grade and route are cleared, and the next station that scans it grades it again.</source>
        <translation>{0}은(는) &apos;입고됨&apos;으로 돌아갑니다. 등급과 경로가 지워지고, 다음에 스캔하는 스테이션이 다시 등급을 매깁니다.</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>되돌려 보내기</translation>
    </message>
    <message>
        <source>That row has no return to act on.</source>
        <translation>그 행에는 처리할 반품이 없습니다.</translation>
    </message>
    <message>
        <source>{0}: rejected</source>
        <translation>{0}: 거절됨</translation>
    </message>
    <message>
        <source>Reject return {0}</source>
        <translation>반품 {0} 거절</translation>
    </message>
    <message>
        <source>Reject return</source>
        <translation>반품 거절</translation>
    </message>
    <message>
        <source>Return {0} is rejected and no refund is paid. Units waiting for approval go where the rules proposed, every open exception of the return is closed, and a parcel that still comes is an unexpected parcel.</source>
        <translation>반품 {0}을(를) 거절하며 환불은 없습니다. 승인 대기 유닛은 규칙이 제안한 곳으로 가고, 이 반품의 열린 예외는 모두 닫히며, 이후 도착하는 소포는 예상 밖 소포가 됩니다.</translation>
    </message>
    <message>
        <source>{0}: cancelled</source>
        <translation>{0}: 취소됨</translation>
    </message>
    <message>
        <source>Cancel return {0}</source>
        <translation>반품 {0} 취소</translation>
    </message>
    <message>
        <source>Cancel return</source>
        <translation>반품 취소</translation>
    </message>
    <message>
        <source>Return {0} is cancelled and no refund is paid. Units waiting for approval go where the rules proposed, every open exception of the return is closed, and a parcel that still comes is an unexpected parcel. Only a return whose parcel has not arrived can be cancelled.</source>
        <translation>반품 {0}을(를) 취소하며 환불은 없습니다. 승인 대기 유닛은 규칙이 제안한 곳으로 가고, 이 반품의 열린 예외는 모두 닫히며, 이후 도착하는 소포는 예상 밖 소포가 됩니다. 소포가 도착하지 않은 반품만 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>{0} has no open exception.</source>
        <translation>{0}에는 열린 예외가 없습니다.</translation>
    </message>
    <message>
        <source>{0} is on no unit.</source>
        <translation>{0}은(는) 어느 유닛에도 없습니다.</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <source>Needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Any open exception</source>
        <translation>열린 예외 전체</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>오래된 순</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>최신순</translation>
    </message>
    <message>
        <source>Print the selected unit&apos;s tag</source>
        <translation>선택한 유닛의 태그 인쇄</translation>
    </message>
    <message>
        <source>Console: queue</source>
        <translation>콘솔: 대기열</translation>
    </message>
    <message>
        <source>state</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>예외</translation>
    </message>
    <message>
        <source>station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>검수자</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>처리 방법</translation>
    </message>
    <message>
        <source>age</source>
        <translation>경과</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>세는 중…</translation>
    </message>
    <message>
        <source>{0} is not among this list&apos;s choices; showing every unit received then.</source>
        <translation>{0}은(는) 이 목록의 선택지에 없습니다. 그 기간에 입고된 모든 유닛을 보여 줍니다.</translation>
    </message>
    <message>
        <source>{0} shown, counting…</source>
        <translation>{0}건 표시, 세는 중…</translation>
    </message>
    <message>
        <source>{0} shown of {1}</source>
        <translation>{1}건 중 {0}건 표시</translation>
    </message>
    <message>
        <source>filters set ({0}): Clear filters to search everything</source>
        <translation>필터 사용 중 ({0}): 전체를 찾으려면 필터 지우기</translation>
    </message>
    <message>
        <source>the name matches more than {0} customers: only the first {0} by name are searched; type more of the name, an e-mail or an order number</source>
        <translation>이름과 일치하는 고객이 {0}명을 넘습니다. 이름순 처음 {0}명만 찾았습니다. 이름을 더 입력하거나 이메일이나 주문 번호를 입력하세요</translation>
    </message>
    <message>
        <source>Select a unit in the queue first.</source>
        <translation>먼저 대기열에서 유닛을 선택하세요.</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>먼저 행을 선택하세요.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>RMA, order, tracking, customer e-mail or name, SKU, LPN</source>
        <translation>RMA, 주문, 운송장, 고객 이메일 또는 이름, SKU, LPN</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>예외</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>검수자</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>처분</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과</translation>
    </message>
    <message>
        <source> h or older</source>
        <translation>시간 이상</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>and</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>승인…</translation>
    </message>
    <message>
        <source>Change disposition…</source>
        <translation>처분 변경…</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>되돌려 보내기…</translation>
    </message>
    <message>
        <source>Print tag</source>
        <translation>태그 인쇄</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>Reject return…</source>
        <translation>반품 거절…</translation>
    </message>
    <message>
        <source>Cancel return…</source>
        <translation>반품 취소…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>배정…</translation>
    </message>
    <message>
        <source>Resolve exception…</source>
        <translation>예외 해결…</translation>
    </message>
</context>
<context>
    <name>RefurbishBench</name>
    <message>
        <source>Refurbishment bench</source>
        <translation>수리 작업대</translation>
    </message>
    <message>
        <source>Save the work done</source>
        <translation>작업 내용 저장</translation>
    </message>
    <message>
        <source>Repaired: back to stock</source>
        <translation>수리 완료: 재고로</translation>
    </message>
    <message>
        <source>Beyond repair</source>
        <translation>수리 불가</translation>
    </message>
    <message>
        <source>Put the unit down</source>
        <translation>유닛 내려놓기</translation>
    </message>
    <message>
        <source>No unit on the bench: scan its plate.</source>
        <translation>수리대에 유닛이 없습니다. 번호판을 스캔하세요.</translation>
    </message>
    <message>
        <source>graded {0} · {1} min and {2} so far</source>
        <translation>등급 {0} · 지금까지 {1}분, {2}</translation>
    </message>
    <message>
        <source>{0} is on the bench: F2 saves work, F3 repaired, F4 beyond repair.</source>
        <translation>{0}이(가) 수리대에 있습니다: F2 작업 저장, F3 수리 완료, F4 수리 불가.</translation>
    </message>
    <message>
        <source>Photos of the work</source>
        <translation>작업 사진</translation>
    </message>
    <message>
        <source>{0} photo(s)</source>
        <translation>사진 {0}장</translation>
    </message>
    <message>
        <source>Scan the unit&apos;s plate first.</source>
        <translation>먼저 유닛 번호판을 스캔하세요.</translation>
    </message>
    <message>
        <source>Work on {0} saved; it stays on the bench.</source>
        <translation>{0}의 작업을 저장했습니다. 수리대에 그대로 있습니다.</translation>
    </message>
    <message>
        <source>{0} repaired: grade {1}, to {2}.</source>
        <translation>{0} 수리 완료: 등급 {1}, {2}(으)로.</translation>
    </message>
    <message>
        <source>{0} beyond repair: {1} ({2}).</source>
        <translation>{0} 수리 불가: {1} ({2}).</translation>
    </message>
    <message>
        <source>A new tag is printing.</source>
        <translation>새 태그를 인쇄하고 있습니다.</translation>
    </message>
    <message>
        <source>Scan a license plate (or type it and press Enter)</source>
        <translation>번호판 바코드를 스캔하세요 (또는 입력 후 Enter)</translation>
    </message>
    <message>
        <source>No unit on the bench.</source>
        <translation>작업대에 유닛이 없습니다.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>시각 (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>부품</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>what was replaced or used</source>
        <translation>교체하거나 사용한 것</translation>
    </message>
    <message>
        <source>Cost of parts</source>
        <translation>부품 비용</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>사진 추가…</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>사진 없음</translation>
    </message>
    <message>
        <source>Save work (F2)</source>
        <translation>작업 저장 (F2)</translation>
    </message>
    <message>
        <source>Repaired (F3)</source>
        <translation>수리 완료 (F3)</translation>
    </message>
    <message>
        <source>B-STOCK</source>
        <translation>B-STOCK</translation>
    </message>
    <message>
        <source>Beyond repair (F4)</source>
        <translation>수리 불가 (F4)</translation>
    </message>
    <message>
        <source>why it cannot be repaired</source>
        <translation>수리할 수 없는 이유</translation>
    </message>
    <message>
        <source>Waiting for the bench (oldest first)</source>
        <translation>작업대 대기 (오래된 순)</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>번호판</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>입고</translation>
    </message>
    <message>
        <source>Minutes so far</source>
        <translation>누적 작업 시간(분)</translation>
    </message>
</context>
<context>
    <name>RegradeTab</name>
    <message>
        <source>Notes (optional)</source>
        <translation>메모 (선택)</translation>
    </message>
    <message>
        <source>Save blind grade</source>
        <translation>블라인드 등급 저장</translation>
    </message>
    <message>
        <source>No unit waits for a blind re-grade by you.</source>
        <translation>내가 블라인드 재검수할 유닛이 없습니다.</translation>
    </message>
    <message>
        <source> — customer: “{0}”</source>
        <translation> — 고객: “{0}”</translation>
    </message>
    <message>
        <source>{0}: {1} ({2}, {3}), returned as {4}{5}. Grade it as you see it; the first grade is hidden.</source>
        <translation>{0}: {1} ({2}, {3}), 반품 사유 {4}{5}. 보이는 대로 등급을 매기세요. 첫 등급은 숨겨져 있습니다.</translation>
    </message>
    <message>
        <source>Agreement overall {0} over {1} re-grades; {2} waiting.</source>
        <translation>전체 일치율 {0} (재검수 {1}건), 대기 {2}건.</translation>
    </message>
    <message>
        <source>{0}: saved (agrees with the first grade)</source>
        <translation>{0}: 저장됨 (첫 등급과 일치)</translation>
    </message>
    <message>
        <source>{0}: saved (differs from the first grade)</source>
        <translation>{0}: 저장됨 (첫 등급과 다름)</translation>
    </message>
    <message>
        <source>Share set to {0}%</source>
        <translation>비율을 {0}%로 정했습니다</translation>
    </message>
    <message>
        <source>Blind re-grade share</source>
        <translation>블라인드 재검수 비율</translation>
    </message>
    <message>
        <source>{0}% of the units graded from now on are also graded blind by a second inspector.</source>
        <translation>이제부터 등급을 매긴 유닛의 {0}%는 두 번째 검수자가 블라인드로 다시 등급을 매깁니다.</translation>
    </message>
    <message>
        <source>Set share</source>
        <translation>비율 설정</translation>
    </message>
    <message>
        <source> % of units</source>
        <translation>% (유닛 비율)</translation>
    </message>
    <message>
        <source>Set share…</source>
        <translation>비율 설정…</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>검수자</translation>
    </message>
    <message>
        <source>Re-graded</source>
        <translation>재검수</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>일치</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>일치율</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>writes in {0} · order {1} · {2} · from {3}</source>
        <translation>언어 {0} · 주문 {1} · {2} · 출처 {3}</translation>
    </message>
    <message>
        <source>Wants:</source>
        <translation>희망:</translation>
    </message>
    <message>
        <source>decided by rule</source>
        <translation>결정한 규칙</translation>
    </message>
    <message>
        <source>Requested {0} · delivered {1} · received {2} · inspected {3} · closed {4}</source>
        <translation>요청 {0} · 배송 {1} · 입고 {2} · 검수 {3} · 종료 {4}</translation>
    </message>
    <message>
        <source>Tracking:</source>
        <translation>운송장:</translation>
    </message>
    <message>
        <source>Customer says:</source>
        <translation>고객 의견:</translation>
    </message>
    <message>
        <source>Every unit is inspected: the rules propose {0} — Settle… to confirm or change it.</source>
        <translation>모든 유닛이 검수되었습니다. 규칙이 {0}을(를) 제안합니다 — 정산…에서 확정하거나 바꾸세요.</translation>
    </message>
    <message>
        <source>Customer&apos;s photos:</source>
        <translation>고객 사진:</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>유닛</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>예외</translation>
    </message>
    <message>
        <source>Refund lines</source>
        <translation>환불 내역</translation>
    </message>
    <message>
        <source>E-mails to the customer</source>
        <translation>고객에게 보낸 이메일</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>입고</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제 금액</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>번호판</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>변경 사유</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>내보냄</translation>
    </message>
    <message>
        <source>Queued (UTC)</source>
        <translation>대기 시작 (UTC)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>관련</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>시각 (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>open</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>해결됨</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <source>Customer:</source>
        <translation>고객:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>주문:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>채널:</translation>
    </message>
    <message>
        <source>Ordered:</source>
        <translation>주문일:</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>배송일:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>요청일:</translation>
    </message>
    <message>
        <source>Return window:</source>
        <translation>반품 기간:</translation>
    </message>
    <message>
        <source>Earlier returns:</source>
        <translation>이전 반품:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>입고</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Customer comment</source>
        <translation>고객 의견</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>유닛</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>기간 내</translation>
    </message>
    <message>
        <source>OUTSIDE — refund held for review</source>
        <translation>기간 초과 — 환불 보류, 검토 필요</translation>
    </message>
    <message>
        <source>{0} — frequent returner</source>
        <translation>{0} — 잦은 반품 고객</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>RMA, order, tracking, e-mail or name — or scan</source>
        <translation>RMA, 주문, 운송장, 이메일 또는 이름 — 또는 스캔</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청일</translation>
    </message>
    <message>
        <source>Select a request, or scan its label, to see everything about it.</source>
        <translation>요청을 선택하거나 라벨을 스캔하면 모든 내용을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>새로 만들기…</translation>
    </message>
    <message>
        <source>Make a request for a customer who phoned or wrote</source>
        <translation>전화나 글로 연락한 고객의 요청 만들기</translation>
    </message>
    <message>
        <source>product {0}</source>
        <translation>제품 {0}</translation>
    </message>
    <message>
        <source>region {0}</source>
        <translation>지역 {0}</translation>
    </message>
    <message>
        <source>category {0}</source>
        <translation>카테고리 {0}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>모든 채널</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>모든 사유</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>최신순</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>오래된 순</translation>
    </message>
    <message>
        <source>Show all products and regions</source>
        <translation>모든 제품과 지역 보기</translation>
    </message>
    <message>
        <source>{0} requests</source>
        <translation>요청 {0}건</translation>
    </message>
    <message>
        <source>Narrowed from Analytics to {0}.</source>
        <translation>분석에서 {0}(으)로 좁혔습니다.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>세는 중…</translation>
    </message>
    <message>
        <source>No return request matches {0}.</source>
        <translation>{0}과(와) 일치하는 반품 요청이 없습니다.</translation>
    </message>
    <message>
        <source>Select the requests to authorize ({0}).</source>
        <translation>승인할 요청을 선택하세요 ({0}).</translation>
    </message>
    <message>
        <source>{0} request(s) authorized; the customers are e-mailed.</source>
        <translation>요청 {0}건을 승인했습니다. 고객에게 이메일을 보냅니다.</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Authorize {0} pending request(s): {1}. Each customer gets the authorization and a return slip.</source>
        <translation>대기 중인 요청 {0}건을 승인합니다: {1}. 고객마다 승인 안내와 반품 전표를 받습니다.</translation>
    </message>
    <message>
        <source>Select the requests to reject ({0}).</source>
        <translation>거절할 요청을 선택하세요 ({0}).</translation>
    </message>
    <message>
        <source>Select the requests to cancel ({0}).</source>
        <translation>취소할 요청을 선택하세요 ({0}).</translation>
    </message>
    <message>
        <source>{0} request(s) rejected.</source>
        <translation>요청 {0}건을 거절했습니다.</translation>
    </message>
    <message>
        <source>{0} request(s) cancelled.</source>
        <translation>요청 {0}건을 취소했습니다.</translation>
    </message>
    <message>
        <source>Reject {0} request(s): units are settled where the rules proposed, open cases closed, no refund is paid, and each customer is e-mailed.</source>
        <translation>요청 {0}건을 거절합니다. 유닛은 규칙이 제안한 곳으로 처리되고, 열린 건은 닫히며, 환불은 없고, 고객마다 이메일을 받습니다.</translation>
    </message>
    <message>
        <source>Cancel {0} request(s): units are settled where the rules proposed, open cases closed, no refund is paid, and each customer is e-mailed.</source>
        <translation>요청 {0}건을 취소합니다. 유닛은 규칙이 제안한 곳으로 처리되고, 열린 건은 닫히며, 환불은 없고, 고객마다 이메일을 받습니다.</translation>
    </message>
    <message>
        <source>Cancel return</source>
        <translation>반품 취소</translation>
    </message>
    <message>
        <source>Select an inspected request to settle.</source>
        <translation>정산할 검수 완료 요청을 선택하세요.</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>먼저 요청을 선택하세요.</translation>
    </message>
    <message>
        <source>Return slip {0}</source>
        <translation>반품 전표 {0}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0}을(를) 쓰지 못했습니다: {1}</translation>
    </message>
    <message>
        <source>Return slip for {0} saved as {1}.</source>
        <translation>{0}의 반품 전표를 {1}(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>Export settlements</source>
        <translation>정산 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>{0} refund line(s) written to {1}.</source>
        <translation>환불 내역 {0}건을 {1}에 썼습니다.</translation>
    </message>
    <message>
        <source>Authorize the selected pending requests (one reason for all)</source>
        <translation>선택한 대기 요청 승인 (사유 하나로 모두)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Reject the selected requests: no refund, units settled, cases closed</source>
        <translation>선택한 요청 거절: 환불 없음, 유닛 정리, 사례 종료</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel the selected requests</source>
        <translation>선택한 요청 취소</translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation>정산…</translation>
    </message>
    <message>
        <source>Confirm or change the refund, exchange or credit of an inspected return</source>
        <translation>검수된 반품의 환불, 교환 또는 적립을 확정하거나 변경</translation>
    </message>
    <message>
        <source>Slip…</source>
        <translation>전표…</translation>
    </message>
    <message>
        <source>Save the return slip (PDF with the RMA barcode) to print</source>
        <translation>인쇄할 반품 전표(RMA 바코드가 있는 PDF) 저장</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Write the refund lines not exported yet to a CSV</source>
        <translation>아직 내보내지 않은 환불 내역을 CSV로 쓰기</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>Add rule</source>
        <translation>규칙 추가</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>규칙 삭제</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>What-if over the last</source>
        <translation>최근 기간으로 가정 분석:</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>게시…</translation>
    </message>
    <message>
        <source>Edit the rules, then Check or What-if before publishing.</source>
        <translation>규칙을 고친 뒤, 게시하기 전에 검사 또는 가정 분석을 하세요.</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>게시된 버전</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시</translation>
    </message>
    <message>
        <source>By</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Over the last {0} days, {1} of {2} units would change disposition ({3}). Recovered value {4} → {5} ({6}).</source>
        <translation>최근 {0}일 동안 유닛 {2}개 중 {1}개의 처리 방법이 바뀝니다 ({3}). 회수 가치 {4} → {5} ({6}).</translation>
    </message>
    <message>
        <source>Only the newest inspections were read.</source>
        <translation>최근 검수만 읽었습니다.</translation>
    </message>
    <message>
        <source>Over the last {0} days, {1} of {2} requests would be decided otherwise. Published rules: {3}. Draft: {4}.</source>
        <translation>최근 {0}일 동안 요청 {2}건 중 {1}건의 결정이 달라집니다. 게시된 규칙: {3}. 초안: {4}.</translation>
    </message>
    <message>
        <source>Only the newest requests were read.</source>
        <translation>최근 요청만 읽었습니다.</translation>
    </message>
    <message>
        <source>These {0} rules decide every unit graded from now on, at every station.</source>
        <translation>이 규칙 {0}개가 이제부터 모든 스테이션에서 등급을 매긴 모든 유닛을 결정합니다.</translation>
    </message>
    <message>
        <source>These {0} rules decide every new and imported request from now on.</source>
        <translation>이 규칙 {0}개가 이제부터 새로 만들거나 가져온 모든 요청을 결정합니다.</translation>
    </message>
    <message>
        <source>Not valid: {0}</source>
        <translation>올바르지 않음: {0}</translation>
    </message>
    <message>
        <source>Valid: {0} rules.</source>
        <translation>올바름: 규칙 {0}개.</translation>
    </message>
    <message>
        <source>Warnings: {0}</source>
        <translation>경고: {0}</translation>
    </message>
    <message>
        <source>Running the draft over the recent past…</source>
        <translation>최근 기간에 초안을 적용해 보는 중…</translation>
    </message>
    <message>
        <source>Rules version {0} published</source>
        <translation>규칙 버전 {0}을(를) 게시했습니다</translation>
    </message>
    <message>
        <source>Publish rules</source>
        <translation>규칙 게시</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>게시</translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <source>The sales import was stopped; nothing was imported.</source>
        <translation>판매 가져오기를 중지했습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Import sales…</source>
        <translation>판매 가져오기…</translation>
    </message>
    <message>
        <source>Add order lines (CSV or JSON): what the return rates are counted against</source>
        <translation>주문 품목 추가(CSV 또는 JSON): 반품률의 기준이 됩니다</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Import sales</source>
        <translation>판매 가져오기</translation>
    </message>
    <message>
        <source>Sales files (*.csv *.json);;All files (*)</source>
        <translation>판매 파일 (*.csv *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} 읽는 중…</translation>
    </message>
    <message>
        <source>Checking %v of %m rows</source>
        <translation>%m행 중 %v행 확인 중</translation>
    </message>
    <message>
        <source>Importing %v of %m orders</source>
        <translation>주문 %m건 중 %v건 가져오는 중</translation>
    </message>
    <message>
        <source>{0}: {1} order line(s) imported ({2} new order(s), {3} new customer(s))</source>
        <translation>{0}: 주문 품목 {1}건 가져옴 (새 주문 {2}건, 새 고객 {3}명)</translation>
    </message>
    <message>
        <source>; {0} already there</source>
        <translation>; {0}건은 이미 있음</translation>
    </message>
    <message>
        <source>{0} bad row(s) written to {1}.</source>
        <translation>잘못된 행 {0}개를 {1}에 썼습니다.</translation>
    </message>
    <message>
        <source>Sales not imported</source>
        <translation>판매를 가져오지 않음</translation>
    </message>
    <message>
        <source>{0} has {1} problem(s), so nothing was imported. Correct the file and import it again, or import the good orders now and keep the bad rows in a reject file beside it.</source>
        <translation>{0}에 문제가 {1}건 있어 아무것도 가져오지 않았습니다. 파일을 고쳐 다시 가져오거나, 지금 정상 주문만 가져오고 잘못된 행은 옆의 거부 파일에 남기세요.</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… 그리고 {0}건 더</translation>
    </message>
    <message>
        <source>Import the good orders</source>
        <translation>정상 주문 가져오기</translation>
    </message>
    <message>
        <source>{0}: {1} problem(s); nothing was imported.</source>
        <translation>{0}: 문제 {1}건, 아무것도 가져오지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>이 스테이션</translation>
    </message>
    <message>
        <source>Dock</source>
        <translation>도크</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>스테이션 이름</translation>
    </message>
    <message>
        <source>Station &amp;name:</source>
        <translation>스테이션 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation>활동이 없을 때 잠그기까지의 분</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>never</source>
        <translation>잠그지 않음</translation>
    </message>
    <message>
        <source>&amp;Lock when untouched for:</source>
        <translation>다음 시간 동안 사용하지 않으면 잠금(&amp;L):</translation>
    </message>
    <message>
        <source>PDF files in the tags folder</source>
        <translation>태그 폴더의 PDF 파일</translation>
    </message>
    <message>
        <source>A printer of this computer:</source>
        <translation>이 컴퓨터의 프린터:</translation>
    </message>
    <message>
        <source>A ZPL label printer at:</source>
        <translation>ZPL 라벨 프린터, 주소:</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <source>Label printer address</source>
        <translation>라벨 프린터 주소</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>글자 크기(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;High contrast: white on black</source>
        <translation>고대비(&amp;H): 검은 바탕에 흰 글자</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>로그 수준</translation>
    </message>
    <message>
        <source>Log &amp;level:</source>
        <translation>로그 수준(&amp;L):</translation>
    </message>
    <message>
        <source>Saved in {0}; they take effect when Returns Desk starts again.</source>
        <translation>{0}에 저장되며, Returns Desk를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>A station needs a name.</source>
        <translation>스테이션에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Type the label printer&apos;s address, like zebra-3:9100.</source>
        <translation>라벨 프린터 주소를 입력하세요. 예: zebra-3:9100</translation>
    </message>
    <message>
        <source>Hours to settle: {0}</source>
        <translation>처리 기한(시간): {0}</translation>
    </message>
    <message>
        <source> h</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>High-value threshold</source>
        <translation>고액 기준</translation>
    </message>
    <message>
        <source>A supervisor approves refunds &amp;from:</source>
        <translation>감독자 승인이 필요한 환불 금액(&amp;F):</translation>
    </message>
    <message>
        <source>Blind re-grade share</source>
        <translation>블라인드 재검수 비율</translation>
    </message>
    <message>
        <source>Units &amp;re-graded blind:</source>
        <translation>블라인드 재검수 유닛(&amp;R):</translation>
    </message>
    <message>
        <source>Days without a scan before a parcel is stalled</source>
        <translation>스캔 없이 지나면 지연으로 보는 일수</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>A parcel is &amp;stalled after:</source>
        <translation>소포 지연 기준(&amp;S):</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>변경 사유</translation>
    </message>
    <message>
        <source>Why (kept in the audit trail)</source>
        <translation>사유 (감사 기록에 남습니다)</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>사유(&amp;O):</translation>
    </message>
    <message>
        <source>Elsewhere: the e-mail server and templates in the console&apos;s E-mails tab; return windows and the authorization rules in its Authorization tab; the grading rules in its Rules tab; cost rates in Analytics → Cost rates…; users and stations in Users and stations.</source>
        <translation>다른 곳에서 설정하는 항목: 메일 서버와 템플릿은 콘솔의 이메일 탭, 반품 기간과 승인 규칙은 승인 탭, 등급 규칙은 규칙 탭, 비용 단가는 분석 → 비용 단가…, 사용자와 스테이션은 사용자 및 스테이션 탭.</translation>
    </message>
    <message>
        <source>SLA hours</source>
        <translation>처리 기한</translation>
    </message>
    <message>
        <source>high-value threshold</source>
        <translation>고액 기준</translation>
    </message>
    <message>
        <source>blind re-grade share</source>
        <translation>블라인드 재검수 비율</translation>
    </message>
    <message>
        <source>stalled parcels</source>
        <translation>지연 소포 기준</translation>
    </message>
    <message>
        <source>✖ Say why the dock&apos;s settings change: the reason goes to the audit trail.</source>
        <translation>✖ 도크 설정을 바꾸는 사유를 입력하세요. 사유는 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>this station&apos;s settings (at the next start)</source>
        <translation>이 스테이션 설정 (다음 시작 때 적용)</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <source>Settle return</source>
        <translation>반품 정산</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>유닛</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Reason (needed when an amount differs from the proposal)</source>
        <translation>사유 (금액이 제안과 다를 때 필요)</translation>
    </message>
    <message>
        <source>Confirm settlement</source>
        <translation>정산 확정</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>{0} is {1}; the customer wants {2}. The proposal comes from the grades (full, less a restocking fee, or withheld).</source>
        <translation>{0}은(는) {1} 상태이고 고객은 {2}을(를) 원합니다. 제안 금액은 등급에서 나옵니다 (전액, 재입고 수수료 공제, 또는 보류).</translation>
    </message>
    <message>
        <source>Total {0} (proposed {1})</source>
        <translation>합계 {0} (제안 {1})</translation>
    </message>
    <message>
        <source>{0} settled: {1}.</source>
        <translation>{0} 정산됨: {1}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>기능</translation>
    </message>
    <message>
        <source>A scanner&apos;s burst is a scan wherever the focus is. Besides it, these keys work:</source>
        <translation>스캐너 입력은 포커스 위치와 관계없이 스캔으로 처리됩니다. 그 밖에 다음 키를 쓸 수 있습니다:</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Type a code by hand and press Enter (F2) — scanners work anywhere</source>
        <translation>코드를 직접 입력하고 Enter (F2) — 스캐너는 어디서나 동작합니다</translation>
    </message>
    <message>
        <source>Camera (F8)</source>
        <translation>카메라 (F8)</translation>
    </message>
</context>
<context>
    <name>StationFlow</name>
    <message>
        <source>Ready — scan a label</source>
        <translation>준비됨 — 라벨을 스캔하세요</translation>
    </message>
    <message>
        <source>Item {0} {1}: open returns {2} — scan the return label</source>
        <translation>품목 {0} {1}: 진행 중인 반품 {2} — 반품 라벨을 스캔하세요</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>{0} fits more than one return ({1}) — scan the RMA on the label</source>
        <translation>{0}에 해당하는 반품이 여러 건입니다 ({1}) — 라벨의 RMA를 스캔하세요</translation>
    </message>
    <message>
        <source>No return matches {0} {1} — unexpected parcel: say what is in the box, then Ctrl+Enter</source>
        <translation>{0} {1}에 맞는 반품이 없습니다 — 예상 밖 소포: 상자 내용을 입력하고 Ctrl+Enter</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>{0} was {1} — this parcel was not expected: say what is in the box, then Ctrl+Enter files it for a supervisor</source>
        <translation>{0}은(는) {1} 상태입니다 — 예상하지 않은 소포: 상자 내용을 입력하고 Ctrl+Enter로 감독자에게 접수하세요</translation>
    </message>
    <message>
        <source> (by {0} {1})</source>
        <translation> ({0} {1}로 찾음)</translation>
    </message>
    <message>
        <source>Found {0}{1} — receiving…</source>
        <translation>{0}{1} 찾음 — 입고 중…</translation>
    </message>
    <message>
        <source>Found {0}{1}</source>
        <translation>{0}{1} 찾음</translation>
    </message>
    <message>
        <source>Received {0}</source>
        <translation>{0} 입고됨</translation>
    </message>
    <message>
        <source>Item {0} matched — grade {1} with 1–7</source>
        <translation>품목 {0} 일치 — {1}의 등급을 1–7로 매기세요</translation>
    </message>
    <message>
        <source>Grade {0}: add a photo (Ctrl+O or camera), then Enter</source>
        <translation>등급 {0}: 사진을 추가한 뒤(Ctrl+O 또는 카메라) Enter</translation>
    </message>
    <message>
        <source>Grade {0} — Enter saves</source>
        <translation>등급 {0} — Enter로 저장</translation>
    </message>
    <message>
        <source>{0} photo(s) attached — Enter saves</source>
        <translation>사진 {0}장 첨부 — Enter로 저장</translation>
    </message>
    <message>
        <source>Choose a grade first: 1–7</source>
        <translation>먼저 등급을 고르세요: 1–7</translation>
    </message>
    <message>
        <source>Grade {0} needs a photo: Ctrl+O to add one</source>
        <translation>등급 {0}에는 사진이 필요합니다: Ctrl+O로 추가</translation>
    </message>
    <message>
        <source>{0} marked missing</source>
        <translation>{0} 누락으로 처리</translation>
    </message>
    <message>
        <source>Saved {0} — ON HOLD: put it on the hold shelf until a supervisor decides</source>
        <translation>{0} 저장 — 보류: 감독자가 결정할 때까지 보류 선반에 두세요</translation>
    </message>
    <message>
        <source>Saved {0} → {1}, to {2}</source>
        <translation>{0} 저장 → {1}, 보낼 곳 {2}</translation>
    </message>
    <message>
        <source>{0} — grade {1}: press 1–7</source>
        <translation>{0} — {1} 등급: 1–7을 누르세요</translation>
    </message>
    <message>
        <source>{0} — {1}: nothing left to grade. Scan the next parcel</source>
        <translation>{0} — {1}: 등급을 매길 유닛이 없습니다. 다음 소포를 스캔하세요</translation>
    </message>
</context>
<context>
    <name>StationKeys</name>
    <message>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>Type a code by hand</source>
        <translation>코드 직접 입력</translation>
    </message>
    <message>
        <source>Take the camera&apos;s picture as a photo</source>
        <translation>카메라 화면을 사진으로 찍기</translation>
    </message>
    <message>
        <source>Camera on or off</source>
        <translation>카메라 켜기/끄기</translation>
    </message>
    <message>
        <source>Print the last tag again</source>
        <translation>마지막 태그 다시 인쇄</translation>
    </message>
    <message>
        <source>Add photo files</source>
        <translation>사진 파일 추가</translation>
    </message>
    <message>
        <source>Read a label from a picture</source>
        <translation>사진에서 라벨 읽기</translation>
    </message>
    <message>
        <source>Save, or file the unexpected parcel</source>
        <translation>저장, 또는 예상 밖 소포 접수</translation>
    </message>
    <message>
        <source>Grade the unit in hand</source>
        <translation>손에 든 유닛 등급 매기기</translation>
    </message>
    <message>
        <source>Save the unit: grade and route</source>
        <translation>유닛 저장: 등급과 보낼 곳</translation>
    </message>
    <message>
        <source>Leave the unexpected-parcel form, back to grading</source>
        <translation>예상 밖 소포 양식을 닫고 등급 매기기로 돌아가기</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Welcome to Returns Desk</source>
        <translation>Returns Desk에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>A few answers and this station is ready. Admins can change them later.</source>
        <translation>몇 가지만 답하면 이 스테이션을 쓸 수 있습니다. 관리자가 나중에 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>스테이션 이름</translation>
    </message>
    <message>
        <source>This &amp;station&apos;s name:</source>
        <translation>이 스테이션의 이름(&amp;S):</translation>
    </message>
    <message>
        <source>The name the audit trail and the supervisors see, like DOCK-3.</source>
        <translation>감사 기록과 감독자에게 보이는 이름입니다. 예: DOCK-3</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
</context>
<context>
    <name>StationWidget</name>
    <message>
        <source>Saving {0}…</source>
        <translation>{0} 저장 중…</translation>
    </message>
    <message>
        <source> Your grade, notes and photos are still here; press Enter to try again.</source>
        <translation> 등급, 메모, 사진은 그대로 있습니다. 다시 하려면 Enter를 누르세요.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>사진 추가</translation>
    </message>
    <message>
        <source>No camera picture yet: turn the camera on with F8, then F7 takes the photo.</source>
        <translation>아직 카메라 화면이 없습니다: F8로 카메라를 켠 뒤 F7로 사진을 찍으세요.</translation>
    </message>
    <message>
        <source>Read a label from a picture</source>
        <translation>사진에서 라벨 읽기</translation>
    </message>
    <message>
        <source>No barcode found in that picture. Try a sharper photo, or type the code.</source>
        <translation>그 사진에서 바코드를 찾지 못했습니다. 더 선명한 사진을 쓰거나 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Filed as exception #{0} for a supervisor — put the parcel on the exceptions shelf and scan the next one</source>
        <translation>감독자용 예외 #{0}(으)로 접수했습니다 — 소포를 예외 선반에 두고 다음 소포를 스캔하세요</translation>
    </message>
    <message>
        <source>No tag to print again yet.</source>
        <translation>다시 인쇄할 태그가 아직 없습니다.</translation>
    </message>
    <message>
        <source>Checklist: at best {0} — press {1} (or another grade), then Enter</source>
        <translation>점검 결과: 최대 {0} — {1}(또는 다른 등급)을 누른 뒤 Enter</translation>
    </message>
</context>
<context>
    <name>SupervisorConsole</name>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>반품 요청</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>입고 예정</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>예외</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Blind re-grade</source>
        <translation>블라인드 재검수</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>연동</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>Users and stations</source>
        <translation>사용자 및 스테이션</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>먼저 행을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>TagPrinter</name>
    <message>
        <source>Tag {0} sent to {1}.</source>
        <translation>태그 {0}을(를) {1}(으)로 보냈습니다.</translation>
    </message>
    <message>
        <source>Tag {0} sent to the printer {1}.</source>
        <translation>태그 {0}을(를) 프린터 {1}(으)로 보냈습니다.</translation>
    </message>
    <message>
        <source>Tag printed to {0} (tags folder).</source>
        <translation>태그를 {0}(으)로 인쇄했습니다 (태그 폴더).</translation>
    </message>
</context>
<context>
    <name>UnexpectedPanel</name>
    <message>
        <source>Scanned:</source>
        <translation>스캔한 코드:</translation>
    </message>
    <message>
        <source>In the box:</source>
        <translation>상자 안:</translation>
    </message>
    <message>
        <source>What is in the box? (Ctrl+Enter files it for a supervisor, Esc cancels)</source>
        <translation>상자에 무엇이 있나요? (Ctrl+Enter: 감독자에게 접수, Esc: 취소)</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>품목:</translation>
    </message>
    <message>
        <source>(nothing readable)</source>
        <translation>(읽을 수 있는 것 없음)</translation>
    </message>
    <message>
        <source>scan the items&apos; barcodes</source>
        <translation>품목 바코드를 스캔하세요</translation>
    </message>
    <message>
        <source>{0} attached</source>
        <translation>{0}장 첨부</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>사진:</translation>
    </message>
    <message>
        <source>none — Ctrl+O to add</source>
        <translation>없음 — Ctrl+O로 추가</translation>
    </message>
</context>
<context>
    <name>UnitPanel</name>
    <message>
        <source>Unit:</source>
        <translation>유닛:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>점검 목록:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>등급:</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>결함:</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>발견 사항:</translation>
    </message>
    <message>
        <source>&amp;wrong item</source>
        <translation>다른 품목(&amp;W)</translation>
    </message>
    <message>
        <source>missing &amp;item</source>
        <translation>품목 누락(&amp;I)</translation>
    </message>
    <message>
        <source>e&amp;xtra quantity</source>
        <translation>수량 초과(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;serial not as shipped</source>
        <translation>일련번호 불일치(&amp;S)</translation>
    </message>
    <message>
        <source>empty &amp;box</source>
        <translation>빈 상자(&amp;B)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>Notes (Esc returns to grading)</source>
        <translation>메모 (Esc: 등급 매기기로 돌아가기)</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>사진:</translation>
    </message>
    <message>
        <source>Press {0}</source>
        <translation>누르세요: {0}</translation>
    </message>
    <message>
        <source>as proposed</source>
        <translation>제안대로</translation>
    </message>
    <message>
        <source>{0}  (if not: at best {1})</source>
        <translation>{0}  (아니면 최대 {1})</translation>
    </message>
    <message>
        <source>none — Ctrl+O to add</source>
        <translation>없음 — Ctrl+O로 추가</translation>
    </message>
    <message>
        <source>{0} attached</source>
        <translation>{0}장 첨부</translation>
    </message>
    <message>
        <source>REQUIRED below grade A — Ctrl+O to add</source>
        <translation>A 등급 미만은 필수 — Ctrl+O로 추가</translation>
    </message>
    <message>
        <source> · waits for a supervisor</source>
        <translation> · 감독자 승인 대기</translation>
    </message>
    <message>
        <source>(rule &apos;{0}&apos;: {1})</source>
        <translation>(규칙 &apos;{0}&apos;: {1})</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>제안:</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>환불:</translation>
    </message>
    <message>
        <source>Route instead:</source>
        <translation>대신 보낼 곳:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>why another disposition (required when changing it)</source>
        <translation>다른 처분을 고른 이유 (바꿀 때 필수)</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>A — new, unopened</source>
        <translation>A — 새 제품, 미개봉</translation>
    </message>
    <message>
        <source>B — like new, open box</source>
        <translation>B — 새것 같음, 개봉</translation>
    </message>
    <message>
        <source>C — used, cosmetic wear</source>
        <translation>C — 사용감, 외관 마모</translation>
    </message>
    <message>
        <source>D — damaged or defective</source>
        <translation>D — 파손 또는 불량</translation>
    </message>
    <message>
        <source>Incorrect item</source>
        <translation>다른 품목</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>폐기물</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>입고됨</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>검수됨</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불됨</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>교환됨</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>적립금</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>수리됨</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>colour not as expected</source>
        <translation>색상이 기대와 다름</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>불량</translation>
    </message>
    <message>
        <source>not as described</source>
        <translation>설명과 다름</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>너무 큼</translation>
    </message>
    <message>
        <source>too small</source>
        <translation>너무 작음</translation>
    </message>
    <message>
        <source>style</source>
        <translation>스타일</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>사유 없음</translation>
    </message>
    <message>
        <source>no longer wanted</source>
        <translation>더 이상 필요 없음</translation>
    </message>
    <message>
        <source>wrong item sent</source>
        <translation>잘못 배송된 품목</translation>
    </message>
    <message>
        <source>damaged in transit</source>
        <translation>배송 중 파손</translation>
    </message>
    <message>
        <source>RESTOCK</source>
        <translation>재입고</translation>
    </message>
    <message>
        <source>REFURBISH</source>
        <translation>수리</translation>
    </message>
    <message>
        <source>DISPOSE</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>RETURN TO VENDOR</source>
        <translation>공급사 반품</translation>
    </message>
    <message>
        <source>LIQUIDATE</source>
        <translation>처분 판매</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>운송사</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>창고</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>web shop</source>
        <translation>웹 상점</translation>
    </message>
    <message>
        <source>marketplace</source>
        <translation>마켓플레이스</translation>
    </message>
    <message>
        <source>store</source>
        <translation>매장</translation>
    </message>
    <message>
        <source>received</source>
        <translation>입고됨</translation>
    </message>
    <message>
        <source>inspected</source>
        <translation>검수됨</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>승인 대기</translation>
    </message>
    <message>
        <source>restocked</source>
        <translation>재입고됨</translation>
    </message>
    <message>
        <source>in refurbishment</source>
        <translation>수리 중</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>수리됨</translation>
    </message>
    <message>
        <source>disposed</source>
        <translation>폐기됨</translation>
    </message>
    <message>
        <source>returned to vendor</source>
        <translation>공급사 반품됨</translation>
    </message>
    <message>
        <source>liquidated</source>
        <translation>처분 판매됨</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>full</source>
        <translation>전액</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>부분</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>All accessories, cables and manuals present</source>
        <translation>액세서리, 케이블, 설명서가 모두 있음</translation>
    </message>
    <message>
        <source>All parts present</source>
        <translation>부품이 모두 있음</translation>
    </message>
    <message>
        <source>Factory seal intact</source>
        <translation>공장 봉인이 온전함</translation>
    </message>
    <message>
        <source>No damage, works as intended</source>
        <translation>손상 없음, 정상 작동</translation>
    </message>
    <message>
        <source>No scratches, dents or cracks</source>
        <translation>긁힘, 찌그러짐, 금이 없음</translation>
    </message>
    <message>
        <source>No signs of wear, stains or odour</source>
        <translation>사용 흔적, 얼룩, 냄새가 없음</translation>
    </message>
    <message>
        <source>No tears or detached parts</source>
        <translation>찢어짐이나 떨어진 부분이 없음</translation>
    </message>
    <message>
        <source>No tears, loose seams or broken zips</source>
        <translation>찢어짐, 풀린 솔기, 고장 난 지퍼가 없음</translation>
    </message>
    <message>
        <source>Original box, undamaged</source>
        <translation>원래 상자, 손상 없음</translation>
    </message>
    <message>
        <source>Original tags attached</source>
        <translation>원래 태그가 붙어 있음</translation>
    </message>
    <message>
        <source>Powers on and works</source>
        <translation>전원이 켜지고 작동함</translation>
    </message>
    <message>
        <source>Soles clean, no wear</source>
        <translation>밑창이 깨끗하고 마모 없음</translation>
    </message>
    <message>
        <source>Unopened, original packaging</source>
        <translation>미개봉, 원래 포장</translation>
    </message>
    <message>
        <source>Unexpected parcel</source>
        <translation>예상 밖 소포</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>불일치</translation>
    </message>
    <message>
        <source>Outside window</source>
        <translation>기간 외</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>승인 대기</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>고가품</translation>
    </message>
    <message>
        <source>Refund withheld</source>
        <translation>환불 보류</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>동기화 충돌</translation>
    </message>
    <message>
        <source>Parcel trouble</source>
        <translation>소포 문제</translation>
    </message>
    <message>
        <source>No scans yet</source>
        <translation>스캔 없음</translation>
    </message>
    <message>
        <source>Pickup scheduled</source>
        <translation>수거 예정</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>배송 중</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>배송 출발</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>배송 완료</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>정체</translation>
    </message>
    <message>
        <source>Pickup failed</source>
        <translation>수거 실패</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>발송인에게 반송</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>예외</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>감독자</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>교환</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>적립금</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>수리</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>도착 예정</translation>
    </message>
    <message>
        <source>authorize</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>보내는 중</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>유닛</translation>
    </message>
    <message>
        <source>return</source>
        <translation>반품</translation>
    </message>
    <message>
        <source>user</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>work</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>beyond repair</source>
        <translation>수리 불가</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>운송장 번호</translation>
    </message>
    <message>
        <source>order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>license plate</source>
        <translation>번호판</translation>
    </message>
    <message>
        <source>item</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
</context>
<context>
    <name>keymap</name>
    <message>
        <source>Menus</source>
        <translation>메뉴</translation>
    </message>
</context>
</TS>
