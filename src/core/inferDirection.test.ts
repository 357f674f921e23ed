import { inferDirection } from "./inferDirection";

describe("inferDirection: lower-is-better from the indicator's meaning", () => {
  it.each([
    ["Tỷ lệ hộ nghèo", "lower"],
    ["Tỷ lệ hộ nghèo (%)", "lower"],
    ["Mức giảm tỷ lệ hộ nghèo", "higher"],
    ["Tỷ lệ tử vong trước 24h", "lower"],
    ["Tỷ suất chết trẻ em dưới 1 tuổi", "lower"],
    ["Tỷ lệ trẻ em suy dinh dưỡng", "lower"],
    ["Tỷ lệ thất nghiệp ở khu vực thành thị", "lower"],
    ["Số vụ tai nạn giao thông", "lower"],
    ["Số hồ sơ trễ hạn", "lower"],
    ["Tỷ lệ hồ sơ giải quyết quá hạn", "lower"],
    ["Nợ quá hạn", "lower"],
    ["Reduce carbon emissions (from offices) by 12.5% by 2010/11", "higher"],
    ["Reduce the vacancy rate to 5%", "lower"],
    ["Highway fatalities per 100 million vehicle-miles traveled (VMT)", "lower"],
    ["Number of serious hazardous materials transportation incidents", "lower"],
    ["% registered controllable incidents resolved at first point of contact", "higher"],
    ["% times an appliance arrives at life risk or property incidents within agreed response standards", "higher"],
    ["Number of emergency incidents coordinated", "higher"],
    ["Multiple sewer blockages (number of customers)", "lower"],
    ["Multiple unplanned water interruptions (number of customers)", "lower"],
    ["Notifying customers about unplanned water supply interruptions (percentage of customers)", "higher"],
    ["Xây mới, sửa chữa nhà cho hộ nghèo", "higher"],
    ["Hỗ trợ các hộ nghèo vay vốn", "higher"],
    ["Tỷ lệ giải quyết khiếu nại", "higher"],
    ["Tỷ lệ nợ xấu", "lower"],
    ["Xử lý nợ xấu", "higher"],
    ["Tốc độ tăng chỉ số giá tiêu dùng (CPI)", "lower"],
    ["Tỷ lệ học sinh bỏ học", "lower"],
    ["Tỷ lệ nhập siêu", "lower"],
    ["Bội chi ngân sách", "lower"],
    ["Giảm chi phí hành chính", "lower"],
    ["Chi phí quản lý", "higher"],
    ["Giảm còn 2% số hộ", "lower"],
    ["CC,VC không vi phạm pháp luật", "higher"],
    ["Poverty rate", "lower"],
    ["Infant mortality", "lower"],
    ["Unemployment rate", "lower"],
    ["Persistent absence (%)", "lower"],
    ["Complaints resolved within 10 days", "higher"],
    ["To reply to complaints within 7 working days", "higher"],
    ["Sundry Debt Collection Rates", "higher"],
    ["Cases of MRSA", "lower"],
    ["Cases of C difficile", "lower"],
    ["CO2 emissions", "lower"],
    ["Reduce waiting times", "lower"],
    ["Average speed of answer", "lower"],
    ["Time taken to process new claims", "lower"],
    ["Operational Surplus or Deficit", "higher"],
    ["Tỷ lệ hộ nghèo giảm (%)", "higher"],
    ["Tỷ lệ hộ nghèo giảm còn 4,17%", "lower"],
    ["Bệnh nhân phải chuyển viện (trường hợp)", "lower"],
    ["Bệnh nhân nội trú tuyến tỉnh chuyển tuyến", "lower"],
    ["Tỷ lệ tăng dân số tự nhiên (‰)", "lower"],
    ["Decrease search page drop-off rate from 30% to 25%.", "lower"],
    ["% decrease in burglaries", "higher"],
    ["Ngày điều trị bình quân", "lower"],
    ["Tỷ lệ nước thất thoát thất thu bình quân", "lower"],
    ["Tỷ lệ tăng dân số bình quân hàng năm", "lower"],
    ["Dân số trung bình của tỉnh", "lower"],
    ["Dân số dùng nước hợp vệ sinh", null],
    ["Tỷ lệ dân số tham gia bảo hiểm thất nghiệp", null],
    ["Overpayments written off as a % of total debt", "lower"],
    ["Debt as a percentage of revenue raised (%)", "lower"],
    ["Debt recovered", "higher"],
    ["Right Time (new indicator)", "lower"],
    ["Tỷ lệ sinh con thứ 3 trở lên", "lower"],
    ["Tỷ lệ nhiễm khuẩn bệnh viện", "lower"],
    ["Số vụ ngộ độc thực phẩm", "lower"],
    ["Số sai sót chuyên môn", "lower"],
    ["Tỷ lệ sai sót được khắc phục trong 24 giờ", "higher"],
    ["Number of incidents recorded", null],
    ["Number of Domestic Abuse incidents - domestic crimes", null],
    ["Average days lost to sickness (lower is better)", "lower"],
    ["Number of complaints – higher is better", "higher"],
    ["Thời gian giải quyết hồ sơ (càng thấp càng tốt)", "lower"],
    ["Tổng số lượt khám bệnh", null],
    ["Chỉ tiêu số 12", null],
    ["Households in temporary accommodation\nLong trend graph shown below", null],
    ["Keep vacancy rates below 5%", "lower"],
    ["Tỷ lệ tổn thất điện năng", "lower"],
    ["Số vụ cháy", "lower"],
    ["Số vụ phạm pháp hình sự", "lower"],
    ["Số ca mắc sốt xuất huyết", "lower"],
    ["Tỷ lệ mắc bệnh lao", "lower"],
    ["Số giờ mất điện bình quân", "lower"],
    ["Chỉ số SAIDI (phút)", "lower"],
    ["Suất tiêu hao nhiên liệu", "lower"],
    ["Tỷ lệ nợ thuế so với tổng thu", "lower"],
    ["Current tenant rent arrears", "lower"],
    ["Arrears of Council Tax Retrieved (£Millions)", "higher"],
    ["Preventing Homelessness - number of cases", null],
    ["Fly tipping incidents", "lower"],
    ["Residual waste per household (kg)", "lower"],
    ["Staff turnover", "lower"],
    ["Average days to relet a council home", "lower"],
    ["Voids", "lower"],
    ["Days taken to process housing benefit changes", "lower"],
    ["Annual turnover", null],
    ["Percentage of complaints responded to within 10 days", "higher"],
    ["Complaints dealt with on time", "higher"],
    ["Number of incidents where the risk of further harm is assessed", "higher"],
    ["Number of Safe Drinking Water Act non-compliances", "lower"],
    ["Number of water supply interruptions per 100km", "lower"],
  ])("%j → %s", (label, direction) => {
    expect(inferDirection(label)?.direction ?? null).toBe(direction);
  });

  it.each([
    ["Salaries and wages (technical)", null],
    ["Total Operational Expenditure", "lower"],
    ["Total Operational Income", "higher"],
    ["Chi phí quản lý", "lower"],
    ["Chi thường xuyên", "lower"],
    ["Ước chi ngân sách năm 2023", null],
    ["Operating & Maintenance:", "lower"],
    ["Operating revenue", "higher"],
    ["Chi đầu tư phát triển", null],
  ])("in a budget table %j → %s", (label, direction) => {
    expect(inferDirection(label, true)?.direction ?? null).toBe(direction);
  });

  it.each([
    ["Chi phí:", "chi phi"],
    ["Operating costs", "costs"],
    ["Tổng doanh thu", null],
    ["Giảm chi phí hành chính", null],
    ["Total equity", "equity"],
    ["Cash held at year end", "cash held"],
  ])("outside a budget table %j leaves the direction open (%s)", (label, term) => {
    const r = inferDirection(label);
    expect(r?.unclear ? r.term : null).toBe(term);
  });

  it("reads NFD text and names the deciding words", () => {
    expect(inferDirection("Tỷ lệ hộ nghèo".normalize("NFD"))).toEqual({ direction: "lower", term: "ho ngheo" });
  });
});

describe("inferDirection: a line opening with 'Giảm' before what falls", () => {
  it.each([
    ["Giảm tỷ lệ hộ nghèo, cận nghèo", "higher", true],
    ["Giảm tỷ lệ trẻ suy dinh dưỡng", "higher", true],
    ["Giảm tỷ lệ hộ nghèo xuống còn 3%", "lower", undefined],
    ["Tỷ lệ hộ nghèo giảm", "higher", undefined],
    ["Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân giảm so với đầu năm học", "higher", undefined],
    ["Tỷ lệ trẻ suy dinh dưỡng giảm còn 5%", "lower", undefined],
    ["Tỷ lệ hộ nghèo", "lower", undefined],
  ])("%j → %s (unclear: %s)", (label, direction, reduction) => {
    const r = inferDirection(label);
    expect(r?.direction).toBe(direction);
    expect(r?.reduction).toBe(reduction);
  });
});

describe("inferDirection: unit costs, times taken, ceilings, aims and purposes", () => {
  it.each([
    ["Average cost per hour of advice and support output", "lower", "cost per"],
    ["Cost per transaction", "lower", "cost per"],
    ["Unit cost of a school meal", "lower", "unit cost"],
    ["Chi phí bình quân một lượt khám", "lower", "chi phi binh quan"],
    ["Average time to process a new claim", "lower", "average time"],
    ["Time to answer calls (seconds)", "lower", "time to"],
    ["Average days to resolve a complaint", "lower", "average days"],
    ["Avg # of Days for bank reconciliation", "lower", "avg of days"],
    ["Average number of days for a refund", "lower", "average number of days"],
    ["General Fund Exp. Budget Vs. Actual %", "lower", "budget vs actual"],
    ["Budget variance (%)", "lower", "budget variance"],
    ["Turnaround of planning searches", "lower", "turnaround"],
    ["Patent Average Total Pendency (months)", "lower", "pendency"],
    ["Major applications – average number of weeks to determine", "lower", "average number of weeks"],
    ["Waiting list for social housing", "lower", "waiting"],
    ["Thời gian giải quyết thủ tục hành chính (ngày)", "lower", "thoi gian giai quyet"],
    ["Thời gian thông quan hàng hóa", "lower", "thoi gian thong quan"],
    ["Total cost of services (expense limit)", "lower", "cost of services"],
    ["Ratio of students to teaching staff (full time equivalents)", "lower", "students to teaching staff"],
    ["Average number of barriers per participant.  The total number of: areas of persistent unemployment", null, null],
    ["Number of complaints. Those upheld only", "lower", "complaints"],
    ["Number of identified or notified breaches/ objections under Joint Management Agreements", "lower", "breaches"],
    ["Hệ số đàn hồi năng lượng/GDP năm 2020 là 1,0", "lower", "he so dan hoi nang luong"],
    ["Accidental dwelling fires", "lower", "fires"],
    ["Road Traffic Collision (RTC) incidents", "lower", "collision"],
    ["We reduce the risk of flooding for more properties", "higher", "more"],
    ["Contracts completed on time is below target with the most common cause being scope", null, null],
    ["Community satisfaction with road maintenance is within target with a small decrease", null, null],
    ["Average $ cost of network maintenance per lane kilometre is above target", "lower", "average cost"],
    ["Approved salary expense level", "lower", "expense level"],
    ["Prevalence of tobacco use among middle & high school youth", "lower", "tobacco use"],
    ["Invoices paid on time to suppliers", null, null],
    [
      "Maintain a sustainable public service by ensuring overall growth in full time equivalent employees does not exceed population growth",
      "lower",
      "not exceed",
    ],
    ["Chi thường xuyên không vượt quá dự toán", "lower", "khong vuot qua chi thuong xuyen"],
    [
      "Target ongoing reduction in Queensland’s relative debt burden, as measured by the General Government debt-to-revenue ratio",
      "lower",
      "reduction",
    ],
    ["Increase in participation, as measured by the share of adults active", "higher", "increase"],
    ["% reduction in carbon emissions", "higher", "reduction in"],
    [
      "Manage the capital program to ensure a consistent flow of works and reduce the risk of backlogs emerging",
      null,
      null,
    ],
    ["Kéo giảm tai nạn giao thông nhằm bảo đảm an toàn", "lower", "tai nan"],
    ["Đào tạo nghề nhằm giảm tỷ lệ thất nghiệp", null, null],
    ["Response to ensure safety – lower is better", "lower", "lower is better"],
    ["Number of plans implemented in high-risk communities to address safety and crime issues", null, null],
  ])("%j → %s (%s)", (label, direction, term) => {
    const d = inferDirection(label);
    expect(d === null ? [null, null] : [d.direction, d.term]).toEqual([direction, term]);
  });
});
