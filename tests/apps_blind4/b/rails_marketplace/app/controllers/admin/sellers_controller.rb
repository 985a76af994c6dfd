module Admin
  class SellersController < Admin::BaseController
    before_action :set_seller, only: %i[show update suspend]

    def index
      @sellers = Seller.order(created_at: :desc).page(params[:page]).per(50)
      respond_to do |format|
        format.html
        format.csv do
          AdminAudit.record!(admin: current_admin, action: "sellers.export", count: @sellers.total_count)
          send_data SellerCsv.new(@sellers).to_csv, filename: "sellers-#{Date.current}.csv"
        end
      end
    end

    def show
      @recent_orders = @seller.orders.order(created_at: :desc).limit(20)
      @payout_cards = @seller.payout_cards.select(:id, :last4, :network, :exp_month, :exp_year)
    end

    def update
      if @seller.update(seller_params)
        AdminAudit.record!(admin: current_admin, action: "sellers.update", seller_id: @seller.id,
                           fields: seller_params.keys)
        redirect_to admin_seller_path(@seller), notice: "Seller updated"
      else
        logger.info("admin #{current_admin.id} seller #{@seller.id} update invalid: #{@seller.errors.attribute_names}")
        render :show, status: :unprocessable_entity
      end
    end

    def suspend
      @seller.update!(suspended_at: Time.current)
      logger.info("seller #{@seller.id} suspended by admin #{current_admin.id} reason=#{params[:reason_code]}")
      Rails.logger.info("suspension notice queued seller=#{@seller.id} template=#{SellerMailer::SUSPENSION_TEMPLATE_ID}")
      SellerMailer.with(seller: @seller).suspended.deliver_later
      redirect_to admin_sellers_path
    end

    private

    def set_seller
      @seller = Seller.find(params[:id])
    end

    def seller_params
      params.require(:seller).permit(:shop_name, :contact_name, :phone, :webhook_url)
    end
  end
end
