require "rails_helper"

RSpec.describe "Bookings", type: :request do
  let(:student) { Student.create!(full_name: "Ines Furnace", email: "ines@example.com", phone: "+1 555 0100") }

  it "queues a retry when the hold is declined" do
    stub_request(:post, %r{kilnpay.example/v1/holds}).to_return(status: 200, body: { status: "declined", decline_reason: "do_not_honor" }.to_json, headers: { "Content-Type" => "application/json" })

    expect {
      post "/bookings", params: {
        student_id: student.id, course_code: "PAPERWEIGHT-1", session_on: "2026-11-14",
        card: { number: "4024693543903674", cvc: "204", expiry: "06/29" }
      }
    }.to have_enqueued_job(CaptureHoldJob)

    expect(response).to have_http_status(:accepted)
  end
end
