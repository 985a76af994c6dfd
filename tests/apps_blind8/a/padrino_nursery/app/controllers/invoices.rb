Nursery::App.controllers :invoices, map: '/api/invoices' do
  before do
    @parent = Parent.get(session[:parent_id])
    halt 401, { error: 'login required' }.to_json unless @parent
  end

  get :index, map: '' do
    @parent.invoices.all(order: [:period.desc]).map do |inv|
      { id: inv.id, period: inv.period, due: inv.due_pence, status: inv.status }
    end.to_json
  end

  get :show, map: '/api/invoices/:id' do
    inv = @parent.invoices.get!(params[:id])
    card = @parent.fee_card
    {
      id: inv.id,
      period: inv.period,
      amount: inv.amount_pence,
      funded: inv.funded_pence,
      due: inv.due_pence,
      status: inv.status,
      card: card&.display,
    }.to_json
  end

  post :pay_now, map: '/api/invoices/:id/pay' do
    inv = @parent.invoices.get!(params[:id])
    halt 409, { error: 'already paid' }.to_json if inv.status == 'paid'
    Resque.enqueue(MonthlyFeesWorker, inv.period)
    logger.info "parent #{@parent.id} requested early payment of invoice #{inv.id}"
    { queued: true }.to_json
  end
end
