Rage.routes.draw do
  namespace :api do
    resources :customers, only: %i[create show]
    post "customers/:id/plan", to: "plans#create"
    delete "customers/:id/plan/card", to: "plans#forget_card"
    post "doorstep_payments", to: "doorstep_payments#create"
    get "rounds/:round_id/day_sheet", to: "customers#day_sheet"
  end
end
