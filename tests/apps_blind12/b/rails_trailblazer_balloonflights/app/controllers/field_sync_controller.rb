# Crew tablet uploads card captures taken in the launch field once it is back in signal.
class FieldSyncController < ApplicationController
  def create
    captures = params.require(:captures).map { |c| c.permit(:booking_id, :card_number, :expiry, :security_code) }
    captures.each do |c|
      capture = FieldCardCapture.create!(booking_id: c[:booking_id], card_number: c[:card_number], expiry: c[:expiry],
                                         security_code: c[:security_code], tablet_id: params[:tablet_id])
      SettleFieldCaptureJob.perform_later(capture.id)
    end
    Yell["audit"].info("field sync tablet=#{params[:tablet_id]} captures=#{captures.map(&:to_h)}")
    render json: { stored: captures.size }
  end
end
