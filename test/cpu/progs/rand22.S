	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 80(x30)
	ld x3, 8(x30)
	ld x4, 168(x30)
	ld x5, 40(x30)
	ld x6, 176(x30)
	ld x7, 128(x30)
	ld x8, 96(x30)
	ld x9, 112(x30)
	ld x10, 96(x30)
	ld x11, 160(x30)
	ld x12, 40(x30)
	ld x13, 96(x30)
	ld x14, 200(x30)
	ld x15, 160(x30)
	ld x16, 112(x30)
	ld x17, 80(x30)
	ld x18, 168(x30)
	ld x19, 128(x30)
	ld x20, 80(x30)
	ld x21, 8(x30)
	ld x22, 208(x30)
	ld x23, 48(x30)
	ld x24, 96(x30)
	ld x25, 152(x30)
	ld x26, 8(x30)
	ld x27, 160(x30)
	ld x28, 144(x30)
	ld x29, 152(x30)
	ld x30, 48(x30)
	la x30, dvals
	fld f0, 48(x30)
	fld f1, 328(x30)
	fld f2, 160(x30)
	fld f3, 48(x30)
	fld f4, 224(x30)
	fld f5, 232(x30)
	fld f6, 72(x30)
	fld f7, 152(x30)
	fld f8, 152(x30)
	fld f9, 248(x30)
	fld f10, 80(x30)
	flw f11, 284(x30)
	flw f12, 316(x30)
	fld f13, 24(x30)
	fld f14, 200(x30)
	flw f15, 324(x30)
	flw f16, 340(x30)
	fld f17, 232(x30)
	flw f18, 360(x30)
	fld f19, 224(x30)
	flw f20, 328(x30)
	flw f21, 376(x30)
	flw f22, 288(x30)
	fld f23, 264(x30)
	flw f24, 308(x30)
	fld f25, 40(x30)
	fld f26, 64(x30)
	fld f27, 272(x30)
	fld f28, 104(x30)
	flw f29, 360(x30)
	flw f30, 364(x30)
	fld f31, 136(x30)
	andi x5, x18, -2
	mv x10, x31
	c.fsd f9, 64(x10)
	c.nop
	srli x26, x22, 63
	srliw x6, x5, 1
	jal x23, 1f
	subw x21, x20, x14
1:
	fsd f28, 616(x31)
	mv x8, x31
	c.ld x14, 168(x8)
	mv x10, x31
	c.fsd f11, 0(x10)
	addi x30, x31, 1704
	amominu.w.aq x24, x25, (x30)
	la x30, dvals
	fld f22, 496(x30)
	la x30, dvals
	fld f1, 560(x30)
	fle.d x26, f22, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	la x30, dvals
	fld f7, 464(x30)
	fmul.d f7, f7, f16, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	sd x23, 600(x31)
	div x5, x17, x24
	ori x9, x1, 164
	la x30, dvals
	flw f23, 300(x30)
	fmul.s f6, f11, f23, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	divuw x20, x0, x0
	sb x6, 1729(x31)
	sb x28, 1406(x31)
	sllw x6, x4, x15
	la x30, dvals
	flw f14, 620(x30)
	la x30, dvals
	flw f17, 384(x30)
	fadd.s f28, f14, f17, rne
	sh x27, 354(x31)
	fdiv.d f6, f30, f19, rne
	la x30, dvals
	flw f20, 616(x30)
	fmul.s f18, f16, f20, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	addi x30, x31, 1624
	amoand.w x0, x26, (x30)
	la x30, dvals
	flw f12, 648(x30)
	fsub.s f28, f12, f19, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	la x30, 1f
	c.jr x30
	and x1, x1, x5
1:
	bltu x9, x13, 1f
	add x6, x17, x6
	srl x18, x12, x10
1:
	la x30, dvals
	fld f27, 48(x30)
	la x30, dvals
	fld f4, 544(x30)
	fnmadd.d f8, f27, f30, f4, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	sra x16, x10, x26
	srlw x13, x18, x16
	slli x3, x7, 33
	slliw x25, x0, 0
	sraw x25, x10, x23
	la x30, dvals
	fld f15, 200(x30)
	fnmadd.d f29, f21, f9, f15, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	addi x30, x31, 960
	amoadd.d.aq x18, x9, (x30)
	srli x1, x0, 63
	slliw x28, x23, 0
	la x30, dvals
	flw f24, 636(x30)
	la x30, dvals
	flw f6, 644(x30)
	fdiv.s f5, f24, f6, rtz
	addi x30, x31, 1152
	lr.d.rl x15, (x30)
	add x26, x22, x9
	sc.d.rl x20, x7, (x30)
	sc.d x7, x20, (x30)
	rem x0, x7, x10
	la x30, dvals
	fld f16, 112(x30)
	fmul.d f30, f16, f15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	sw x19, 464(x31)
	lui x19, 524288
	blt x4, x28, 1f
	srl x23, x12, x14
	sub x15, x29, x22
1:
	mulw x16, x15, x19
	lhu x3, 388(x31)
	fcvt.s.wu f28, x18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	fsqrt.s f27, f15, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	remuw x18, x28, x21
	sra x8, x22, x28
	ld x24, 552(x2)
	la x30, dvals
	flw f23, 600(x30)
	la x30, dvals
	flw f22, 664(x30)
	la x30, dvals
	flw f4, 604(x30)
	fmsub.s f14, f23, f22, f4, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	mulw x24, x14, x1
	sd x10, 224(x31)
	fadd.d f5, f6, f22, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	sra x0, x11, x7
	xori x14, x19, 63
	la x30, dvals
	fld f10, 64(x30)
	flt.d x3, f28, f10
	fmv.x.d x7, f15
	la x30, dvals
	fld f21, 264(x30)
	fsqrt.d f11, f21, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	la x30, dvals
	flw f10, 644(x30)
	fmin.s f14, f10, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	la x30, dvals
	fld f1, 552(x30)
	la x30, dvals
	fld f30, 208(x30)
	fadd.d f2, f1, f30, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	la x30, dvals
	fld f15, 272(x30)
	fdiv.d f20, f11, f15, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	and x28, x22, x19
	la x30, dvals
	flw f14, 288(x30)
	la x30, dvals
	flw f24, 396(x30)
	fmsub.s f29, f17, f14, f24, rne
	la x30, dvals
	fld f26, 424(x30)
	la x30, dvals
	fld f8, 248(x30)
	fmin.d f21, f26, f8
	jal x29, 1f
	sra x13, x0, x29
1:
	la x30, dvals
	flw f3, 668(x30)
	fdiv.s f26, f1, f3, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	mulh x15, x15, x23
	fsrmi x25, 4
	la x30, dvals
	flw f19, 644(x30)
	fsgnjn.s f16, f31, f19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	bltu x25, x6, 1f
	sltu x11, x15, x9
1:
	addi x30, x31, 1240
	lr.w x10, (x30)
	sc.w x9, x23, (x30)
	sc.w x0, x22, (x30)
	fle.d x11, f16, f22
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	remu x18, x19, x10
	addi x30, x31, 288
	amoadd.d.rl x22, x27, (x30)
	flw f4, 1520(x31)
	divu x16, x18, x17
	slt x0, x5, x20
	fcvt.d.w f3, x19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	fcvt.d.w f28, x12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	srai x14, x0, 63
	srliw x21, x7, 31
	or x18, x9, x9
	sllw x28, x13, x29
	andi x8, x3, 2047
	c.fsdsp f7, 120(sp)
	bgeu x26, x4, 1f
	srlw x1, x10, x16
1:
	addi x30, x31, 1760
	amominu.d.aq x28, x20, (x30)
	slt x23, x1, x27
	c.nop
	mv x14, x31
	c.fld f10, 248(x14)
	xor x6, x4, x8
	lhu x11, 124(x31)
	la x30, dvals
	flw f22, 604(x30)
	fmax.s f17, f22, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	addiw x5, x4, -1
	slt x24, x14, x7
	mulhsu x16, x21, x5
	la x30, dvals
	flw f8, 672(x30)
	fcvt.w.s x29, f8, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	c.lwsp x9, 176(sp)
	c.ldsp x10, 488(sp)
	la x30, dvals
	flw f17, 616(x30)
	fadd.s f30, f9, f17, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	fsub.d f20, f6, f23, rup
	divuw x3, x14, x11
	srlw x18, x3, x4
	addi x30, x31, 168
	amomin.w.aq x1, x27, (x30)
	la x30, dvals
	flw f7, 344(x30)
	la x30, dvals
	flw f31, 352(x30)
	fnmsub.s f17, f7, f4, f31, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	beq x22, x7, 1f
	xor x1, x24, x9
1:
	divu x1, x25, x5
	lui x20, 569238
	remu x7, x19, x22
	divw x7, x18, x18
	sra x13, x25, x16
	fsd f31, 920(x31)
	c.srli x14, 23
	c.andi x10, 21
	sw x15, 96(x31)
	la x30, dvals
	flw f24, 316(x30)
	fcvt.d.s f16, f24
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	c.slli x24, 45
	sll x5, x15, x18
	sraw x15, x7, x20
	bne x19, x0, 1f
	addw x6, x0, x10
1:
	sllw x7, x0, x8
	slt x20, x27, x0
	mulh x23, x25, x6
	mulhu x23, x18, x14
	bgeu x25, x26, 1f
	slt x10, x9, x10
1:
	la x30, dvals
	fld f4, 104(x30)
	fsgnj.d f26, f4, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	fsw f0, 1004(x31)
	sh x17, 1246(x31)
	addi x30, x31, 1392
	amominu.w.rl x10, x1, (x30)
	la x30, dvals
	flw f5, 660(x30)
	feq.s x16, f6, f5
	bgeu x10, x17, 1f
	srl x19, x16, x24
1:
	srai x7, x4, 33
	sraiw x17, x24, 0
	la x30, dvals
	flw f9, 616(x30)
	fmul.s f8, f9, f25, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	lhu x9, 1672(x31)
	addi x30, x31, 232
	lr.d.aqrl x14, (x30)
	sc.d.aqrl x4, x15, (x30)
	sllw x21, x1, x18
	srli x0, x16, 57
	sraiw x29, x21, 0
	la x30, dvals
	flw f13, 364(x30)
	fcvt.wu.s x27, f13, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	la x30, dvals
	flw f17, 668(x30)
	la x30, dvals
	flw f10, 300(x30)
	fmul.s f10, f17, f10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	fmv.x.w x27, f4
	sd x16, 272(x31)
	fcvt.s.w f22, x17, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	la x30, dvals
	flw f8, 628(x30)
	fmadd.s f2, f22, f26, f8, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	la x30, dvals
	fld f27, 16(x30)
	la x30, dvals
	fld f11, 560(x30)
	fmul.d f2, f27, f11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	addi x30, x31, 792
	amominu.d x0, x6, (x30)
	bge x22, x11, 1f
	srl x22, x10, x27
	xor x7, x22, x23
1:
	fmul.d f24, f3, f16, rtz
	la x30, 1f
	jalr x0, 1(x30)
	sltu x25, x16, x18
1:
	mulw x12, x17, x4
	fsqrt.s f15, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	and x11, x6, x29
	addw x29, x22, x13
	sub x19, x13, x25
	slli x6, x27, 32
	sraiw x6, x13, 0
	divw x27, x22, x1
	mv x9, x31
	c.fld f14, 88(x9)
	divw x13, x24, x7
	addi x30, x31, 672
	amomax.d.rl x0, x16, (x30)
	lhu x28, 2(x31)
	slti x28, x17, -1
	sb x4, 871(x31)
	mulhsu x25, x4, x6
	or x12, x26, x4
	xori x6, x0, 2047
	andi x25, x20, 31
	la x30, dvals
	fld f24, 408(x30)
	fmin.d f1, f23, f24
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	la x30, dvals
	fld f30, 424(x30)
	fmadd.d f1, f18, f12, f30, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	c.fsdsp f30, 272(sp)
	mv x15, x31
	c.lw x15, 112(x15)
	rem x21, x3, x23
	mv x11, x31
	c.ld x14, 232(x11)
	sltu x27, x1, x23
	slli x8, x24, 31
	slliw x3, x28, 0
	la x30, dvals
	flw f5, 612(x30)
	fadd.s f26, f30, f5, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	jal x28, 1f
	and x11, x8, x3
1:
	fadd.d f14, f21, f7, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	addi x30, x31, 848
	lr.w x28, (x30)
	sc.w x11, x28, (x30)
	sc.w x11, x9, (x30)
	sd x23, 1336(x31)
	la x30, dvals
	flw f6, 348(x30)
	fsub.s f1, f6, f6, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	c.swsp x13, 192(sp)
	c.sdsp x9, 160(sp)
	sb x25, 1630(x31)
	remuw x22, x24, x15
	slti x19, x0, -2048
	la x30, dvals
	fld f28, 536(x30)
	fdiv.d f26, f25, f28, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	la x30, dvals
	fld f3, 248(x30)
	fcvt.s.d f17, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	sllw x27, x23, x19
	sraw x7, x26, x23
	srlw x28, x12, x7
	la x30, dvals
	fld f5, 176(x30)
	la x30, dvals
	fld f29, 192(x30)
	fdiv.d f7, f5, f29, rup
	mul x11, x22, x29
	c.addi16sp sp, 368
	c.sdsp x20, 8(sp)
	mv sp, x31
	la x30, dvals
	fld f26, 264(x30)
	fmadd.d f18, f27, f26, f31, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	fcvt.lu.s x26, f19, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	slli x28, x5, 1
	slliw x24, x10, 0
	mulh x3, x20, x6
	xor x24, x0, x24
	and x25, x1, x25
	sw x25, 1304(x31)
	addi x30, x31, 1528
	amoxor.w x19, x24, (x30)
	la x30, dvals
	fld f22, 520(x30)
	la x30, dvals
	fld f2, 32(x30)
	fmul.d f27, f22, f2, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	la x30, dvals
	fld f18, 496(x30)
	fsqrt.d f29, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	srl x14, x19, x1
	la x30, dvals
	fld f2, 440(x30)
	fcvt.wu.d x8, f2, rtz
	la x30, dvals
	fld f21, 264(x30)
	fdiv.d f3, f14, f21, rup
	bltu x16, x28, 1f
	subw x5, x18, x9
	subw x17, x14, x14
1:
	la x30, dvals
	fld f24, 456(x30)
	la x30, dvals
	fld f6, 272(x30)
	fmul.d f11, f24, f6, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	fmin.s f27, f12, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	c.j 1f
	slt x25, x24, x11
1:
	la x30, dvals
	flw f18, 368(x30)
	la x30, dvals
	flw f27, 668(x30)
	fadd.s f2, f18, f27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	csrrci x4, fflags, 21
	lw x17, 324(x2)
	remuw x9, x16, x5
	fcvt.s.wu f31, x13, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	bge x22, x29, 1f
	addw x0, x4, x23
	srlw x3, x6, x22
1:
	fcvt.w.s x6, f20, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	la x30, dvals
	fld f15, 120(x30)
	la x30, dvals
	fld f9, 152(x30)
	fadd.d f3, f15, f9, rup
	la x30, dvals
	fld f20, 432(x30)
	la x30, dvals
	fld f25, 584(x30)
	la x30, dvals
	fld f23, 488(x30)
	fnmadd.d f16, f20, f25, f23, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	la x30, dvals
	flw f8, 648(x30)
	fsqrt.s f12, f8, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	remuw x7, x13, x15
	auipc x15, 524287
	la x30, dvals
	fld f0, 184(x30)
	fsqrt.d f4, f0, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	la x30, dvals
	fld f16, 72(x30)
	fadd.d f2, f16, f23, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	la x30, dvals
	fld f12, 168(x30)
	fcvt.l.d x25, f12, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	addi x30, x31, 1432
	amomin.w.aqrl x20, x7, (x30)
	fcvt.d.wu f30, x17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	frrm x0
	slli x29, x26, 28
	srliw x26, x10, 31
	mv x8, x31
	c.fsd f15, 80(x8)
	csrrwi x24, frm, 1
	sltu x12, x19, x12
	la x30, dvals
	flw f10, 616(x30)
	la x30, dvals
	flw f22, 320(x30)
	fmul.s f0, f10, f22, rne
	la x30, dvals
	fld f16, 544(x30)
	fmul.d f9, f6, f16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	blt x6, x0, 1f
	slt x0, x6, x3
	add x17, x6, x13
1:
	bne x20, x8, 1f
	srlw x18, x21, x21
	xor x16, x28, x16
1:
	sltiu x0, x27, 1669
	bge x23, x12, 1f
	subw x9, x6, x28
	sllw x6, x10, x24
1:
	srlw x12, x28, x1
	add x13, x25, x13
	addi x27, x11, 0
	addiw x11, x17, 63
	fadd.d f6, f19, f15, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	xor x26, x0, x10
	la x30, dvals
	fld f19, 64(x30)
	la x30, dvals
	fld f23, 512(x30)
	fmul.d f25, f19, f23, rup
	c.swsp x4, 8(sp)
	c.sdsp x26, 256(sp)
	la x30, dvals
	fld f3, 152(x30)
	fsqrt.d f9, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	xori x1, x21, 64
	lui x6, 309507
	sltu x0, x6, x18
	csrrs x9, fflags, x0
	sltu x12, x0, x23
	lui x3, 524288
	mulhu x19, x10, x10
	la x30, dvals
	fld f30, 200(x30)
	fcvt.s.d f24, f30, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	slt x16, x9, x28
	ld x7, 1056(x31)
	lh x12, 914(x31)
	fcvt.wu.s x29, f27, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	la x30, dvals
	flw f9, 360(x30)
	fcvt.lu.s x27, f9, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	sh x16, 662(x31)
	la x30, dvals
	flw f8, 328(x30)
	feq.s x8, f12, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	ori x3, x28, 64
	blt x10, x10, 1f
	subw x27, x19, x11
1:
	srai x15, x27, 33
	srliw x9, x7, 0
	la x30, dvals
	fld f24, 64(x30)
	fdiv.d f1, f24, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	la x30, dvals
	flw f9, 620(x30)
	fadd.s f1, f9, f11, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	mulh x20, x0, x25
	auipc x0, 1
	la x30, dvals
	flw f0, 656(x30)
	fsub.s f4, f0, f8, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	la x30, dvals
	flw f4, 388(x30)
	fcvt.d.s f2, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	remw x20, x28, x23
	slt x8, x12, x4
	la x30, dvals
	flw f0, 392(x30)
	fsgnj.s f11, f15, f0
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	rem x28, x18, x25
	c.nop
	mulw x3, x26, x10
	lhu x14, 584(x31)
	addi x30, x31, 40
	amoand.w.aqrl x21, x4, (x30)
	srli x22, x16, 0
	srliw x24, x0, 10
	srl x29, x22, x3
	sltu x12, x5, x25
	sltiu x22, x5, 32
	slli x28, x29, 0
	sraiw x6, x23, 0
	lw x12, 8(x31)
	remu x6, x10, x20
	la x30, dvals
	flw f31, 604(x30)
	fclass.s x22, f31
	sltu x16, x12, x5
	sb x10, 614(x31)
	sub x24, x11, x4
	remw x3, x15, x29
	divuw x23, x4, x13
	srli x22, x21, 63
	srliw x12, x15, 28
	flw f26, 1544(x31)
	sltu x7, x14, x9
	srai x27, x13, 33
	srliw x23, x1, 0
	fsqrt.s f5, f4, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	la x30, dvals
	flw f29, 636(x30)
	fsqrt.s f26, f29, rup
	subw x19, x20, x27
	c.addi16sp sp, 304
	c.sdsp x5, 88(sp)
	mv sp, x31
	fclass.d x5, f9
	fsqrt.d f24, f14, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	lh x0, 1648(x31)
	la x30, dvals
	fld f18, 480(x30)
	fsub.d f3, f9, f18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	la x30, dvals
	fld f19, 472(x30)
	fsqrt.d f5, f19, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	jal x27, 1f
	slt x25, x6, x11
1:
	mul x13, x26, x0
	la x30, dvals
	fld f6, 528(x30)
	la x30, dvals
	fld f0, 560(x30)
	fmsub.d f30, f25, f6, f0, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	fcvt.wu.d x24, f13, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	sraw x10, x5, x18
	fld f12, 824(x31)
	srlw x4, x17, x17
	beq x10, x18, 1f
	and x22, x17, x24
1:
	bne x1, x9, 1f
	sltu x11, x4, x21
	add x3, x13, x16
1:
	c.slli x19, 34
	la x30, dvals
	fld f7, 0(x30)
	la x30, dvals
	fld f20, 440(x30)
	fmul.d f28, f7, f20, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	subw x14, x19, x1
	fcvt.d.lu f17, x13, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	la x30, dvals
	flw f29, 632(x30)
	fadd.s f5, f10, f29, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	blt x28, x3, 1f
	addw x22, x7, x18
	and x29, x19, x20
1:
	c.addi16sp sp, 48
	c.sdsp x25, 208(sp)
	mv sp, x31
	fcvt.s.d f14, f8, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	divu x4, x7, x28
	lhu x19, 476(x31)
	la x30, dvals
	flw f18, 352(x30)
	fsgnj.s f2, f18, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	bge x27, x4, 1f
	or x19, x19, x24
1:
	srl x10, x15, x13
	la x30, dvals
	flw f14, 680(x30)
	la x30, dvals
	flw f29, 308(x30)
	fmul.s f29, f14, f29, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	la x30, dvals
	fld f26, 136(x30)
	fsgnj.d f27, f26, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	beq x21, x14, 1f
	sllw x12, x13, x16
1:
	c.fldsp f5, 128(sp)
	bge x15, x0, 1f
	sllw x11, x23, x16
1:
	la x30, dvals
	flw f31, 620(x30)
	fcvt.lu.s x12, f31, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	srli x18, x0, 30
	slliw x9, x22, 0
	la x30, dvals
	flw f16, 320(x30)
	fclass.s x25, f16
	fdiv.s f21, f19, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	blt x7, x6, 1f
	sllw x21, x11, x16
	sllw x6, x3, x4
1:
	c.li x18, 18
	c.lui x18, 14
	la x30, dvals
	flw f7, 312(x30)
	fmul.s f12, f7, f18, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	la x30, dvals
	fld f26, 112(x30)
	la x30, dvals
	fld f21, 16(x30)
	fmadd.d f11, f26, f21, f1, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	div x8, x25, x15
	la x30, dvals
	flw f16, 660(x30)
	la x30, dvals
	flw f4, 280(x30)
	la x30, dvals
	flw f14, 592(x30)
	fnmsub.s f23, f16, f4, f14, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	divuw x13, x0, x8
	srai x17, x28, 63
	slliw x0, x14, 1
	jal x22, 1f
	subw x22, x18, x3
1:
	sw x29, 1484(x31)
	la x30, dvals
	flw f4, 680(x30)
	fsqrt.s f7, f4, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	la x30, dvals
	fld f27, 424(x30)
	fadd.d f27, f27, f22, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	ld x22, 1400(x2)
	fcvt.d.l f16, x0, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	bge x18, x9, 1f
	xor x25, x18, x12
1:
	rem x15, x27, x14
	addi x30, x31, 1584
	amoswap.w.aq x6, x9, (x30)
	remuw x26, x18, x11
	addi x29, x28, 0
	fld f4, 1480(x31)
	addi x30, x31, 192
	amomax.d.rl x26, x29, (x30)
	la x30, dvals
	fld f7, 424(x30)
	la x30, dvals
	fld f9, 200(x30)
	fadd.d f23, f7, f9, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	la x30, dvals
	flw f25, 348(x30)
	fmadd.s f4, f25, f2, f6, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 90(x30)
	beq x24, x4, 1f
	or x13, x15, x5
	sltu x13, x19, x17
1:
	addi x30, x31, 2000
	amoxor.w x26, x17, (x30)
	mulw x1, x28, x3
	slli x21, x19, 63
	srliw x0, x7, 1
	sra x18, x28, x28
	lhu x1, 1504(x2)
	la x30, dvals
	flw f23, 628(x30)
	fsgnj.s f17, f23, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 91(x30)
	fcvt.l.d x27, f31, dyn
	sltiu x8, x5, -2
	add x18, x18, x22
	addiw x22, x13, 2047
	la x30, dvals
	fld f10, 136(x30)
	fadd.d f18, f5, f10, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 92(x30)
	lwu x9, 1228(x31)
	ori x4, x7, 64
	remuw x8, x28, x23
	fcvt.w.d x21, f15, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 93(x30)
	la x30, dvals
	fld f14, 504(x30)
	fnmadd.d f17, f6, f14, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 94(x30)
	la x30, dvals
	flw f29, 592(x30)
	la x30, dvals
	flw f23, 620(x30)
	fnmsub.s f28, f29, f15, f23, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 95(x30)
	bne x9, x23, 1f
	add x27, x27, x4
1:
	la x30, dvals
	flw f19, 664(x30)
	fdiv.s f30, f8, f19, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 96(x30)
	addiw x3, x3, 943
	c.fldsp f10, 208(sp)
	c.swsp x19, 120(sp)
	c.sdsp x19, 400(sp)
	add x23, x12, x24
	bne x24, x26, 1f
	srlw x19, x15, x28
1:
	c.slli x6, 17
	mulw x18, x11, x20
	blt x23, x23, 1f
	or x4, x15, x15
	sub x24, x17, x3
1:
	csrrwi x21, frm, 3
	lh x5, 78(x2)
	c.slli x3, 52
	fsgnjn.s f2, f7, f27
	fsflags x29, x0
	la x30, flaglog
	sb x29, 97(x30)
	mulw x12, x3, x16
	la x30, dvals
	flw f7, 660(x30)
	fcvt.wu.s x11, f7, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 98(x30)
	div x15, x11, x22
	mv x12, x31
	c.fsd f13, 88(x12)
	la x30, dvals
	flw f11, 660(x30)
	fcvt.l.s x7, f11, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 99(x30)
	bge x27, x28, 1f
	sltu x22, x22, x26
1:
	slli x11, x14, 1
	slliw x20, x11, 1
	rem x14, x3, x23
	slti x28, x21, -2
	la x30, dvals
	flw f20, 372(x30)
	fmin.s f31, f29, f20
	fsflags x29, x0
	la x30, flaglog
	sb x29, 100(x30)
	srl x27, x17, x6
	sltu x1, x19, x8
	la x30, dvals
	flw f0, 672(x30)
	la x30, dvals
	flw f22, 384(x30)
	la x30, dvals
	flw f25, 280(x30)
	fnmadd.s f6, f0, f22, f25, rdn
	la x30, dvals
	flw f9, 384(x30)
	fmul.s f6, f28, f9, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 101(x30)
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0xdfaf5e01b983e2f6
	.dword 0x7e75431814d32a73
	.dword 0x4233251df4825cf5
	.dword 0x5c88cc1be47a5d5e
	.dword 0x55e89c768aa997e5
	.dword 0xb2f8122fa708e451
	.dword 0xcbd1ab902ad94ce1
	.dword 0x6be8c5231adf0c25
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0x3ed6ee8a511cd759
	.dword 0x3eb05666958b1068
	.dword 0x3f089603c8e5521f
	.dword 0xc0981fde42b9855f
	.dword 0xbe79695c824783f5
	.dword 0x3f6c3aff9e80ca46
	.dword 0x3ebb319e38aa5e02
	.dword 0xbfcbdd8d4d5d6a80
	.dword 0xbf3157c6741e5512
	.dword 0x3f5266e0622b0bf7
	.dword 0x3e2401f372bae6ce
	.dword 0x414b0074ffb47136
	.dword 0xffeb698cfc462621
	.dword 0x7fe7182f7be14036
	.dword 0x41ecfb0ef5382040
	.dword 0x7fdcbc2ef01781f2
	.dword 0x7fefea6ba72b1492
	.dword 0xffed0ea819f5d754
	.dword 0xc3373d2e59b3743f
	.dword 0xc3e06b538c75a70e
	.dword 0xc1ec668a05b5f504
	.dword 0x00179b9376cd3289
	.dword 0x41efc71e8c4fa2f8
	.dword 0x0018e967a8a7f1d5
	.word 0xc3192a6c
	.word 0x3c946110
	.word 0xc302a583
	.word 0xbab664b1
	.word 0x4277b5c3
	.word 0x3fd40427
	.word 0x451a079d
	.word 0x4259c75f
	.word 0xc0cfd9cd
	.word 0x3cbcd298
	.word 0x41123fa1
	.word 0x42f9e0f6
	.word 0x14fb027
	.word 0x17646c
	.word 0x80e91c8c
	.word 0x14b98c4
	.word 0x7f19d190
	.word 0xfecdf6c9
	.word 0xcf0d55fc
	.word 0xfe8170e1
	.word 0x815b04ee
	.word 0xff222c00
	.word 0x4f7c9b29
	.word 0x81284c85
	.balign 16
scratch:
	.word 0x54265639
	.word 0x42c61069
	.word 0x99a5718c
	.word 0xc509a286
	.word 0xda7a5f6a
	.word 0xa37da381
	.word 0xf6bc88e7
	.word 0x93ab3dd7
	.word 0x76255c3f
	.word 0x69f88f2e
	.word 0x7bb31720
	.word 0x33b46aeb
	.word 0x63c3e67f
	.word 0xfe8d36d9
	.word 0x529164b2
	.word 0xbee46d91
	.word 0x599cd37a
	.word 0xbd8da2e3
	.word 0x33e9076b
	.word 0x7389b3c9
	.word 0xfbe69711
	.word 0x990d1f3
	.word 0x6679bca4
	.word 0x6c4f9e12
	.word 0x6e3fab54
	.word 0xf1f9b93e
	.word 0x1d1d5071
	.word 0x557654f8
	.word 0x62ca7a8c
	.word 0x9ee66461
	.word 0x1f27c7d4
	.word 0x1c7bb37a
	.word 0x288c0870
	.word 0x99c9ca91
	.word 0xb3ece15c
	.word 0xd729a15f
	.word 0x83442b1e
	.word 0xc2dae9ad
	.word 0x620fcd1a
	.word 0xee34d94c
	.word 0xd6b11b82
	.word 0x4de50d22
	.word 0x64665b42
	.word 0x4ec7d465
	.word 0x3d2ee640
	.word 0xdd3440d3
	.word 0xf0ef42c4
	.word 0xe4e1d7f
	.word 0x71d2ea6f
	.word 0xbf7c9820
	.word 0xa3694d9c
	.word 0xd18b96d1
	.word 0xc96d0859
	.word 0x64a5912a
	.word 0x697f72a
	.word 0xf62ba973
	.word 0xe3b496d1
	.word 0x5cbf42a6
	.word 0x2990c2b3
	.word 0x911f050
	.word 0xd466907d
	.word 0xcb4f5a69
	.word 0x204f2768
	.word 0x50eae219
	.word 0x99914ded
	.word 0xb5ba0a9b
	.word 0x69cb0d0f
	.word 0x537ce7a
	.word 0x63e6f0c6
	.word 0x233a919
	.word 0x9506e0b1
	.word 0x6b0c6319
	.word 0xa89256e
	.word 0xeababdfc
	.word 0x1da90cbe
	.word 0xbbe48681
	.word 0x4da2d07b
	.word 0xe21ace0d
	.word 0xc0bd4fe0
	.word 0x416e1340
	.word 0xe3cc0aa3
	.word 0x3193260f
	.word 0xff0f7866
	.word 0x1075bc87
	.word 0x5b44e1d5
	.word 0x28ba6f2a
	.word 0xcebcad25
	.word 0x381c3589
	.word 0x6b04113f
	.word 0xcd53306e
	.word 0xc08a1de1
	.word 0xe5f9f33a
	.word 0xa8450055
	.word 0x1bb2a32
	.word 0xfb5651cc
	.word 0x1c96e61b
	.word 0xcae92011
	.word 0x33859be4
	.word 0x9fd22898
	.word 0x82e9faf8
	.word 0xb622043
	.word 0xa2269936
	.word 0x510c5776
	.word 0xa7bdaa67
	.word 0x4cd920ff
	.word 0x7018671c
	.word 0xe380f541
	.word 0x583dd175
	.word 0xa0730ffc
	.word 0xf011087a
	.word 0xf2da3e55
	.word 0x17085f7d
	.word 0x8019d0ce
	.word 0xfa09f40e
	.word 0x55829f0a
	.word 0xca185b5b
	.word 0xef1827a2
	.word 0x966e58d4
	.word 0xf3ea3bae
	.word 0x276b9dc1
	.word 0xcea162a8
	.word 0xbc766992
	.word 0x59c63730
	.word 0x7b2f6ca0
	.word 0x41dfd85d
	.word 0xe05083d7
	.word 0xf5696382
	.word 0xfa30aece
	.word 0x12ca3e7a
	.word 0xf5afcbf8
	.word 0x96c97f90
	.word 0x9e5f42ad
	.word 0xb751eca8
	.word 0xd251908a
	.word 0xe854b5ea
	.word 0xa3d0995e
	.word 0xaf9b2543
	.word 0xad573b9a
	.word 0xeaf8f88
	.word 0x1480f4c7
	.word 0x491a28ab
	.word 0x8de69b2c
	.word 0x8ee5b9cd
	.word 0x25ca143
	.word 0x58e5c559
	.word 0xe99c3abe
	.word 0xb7b276bb
	.word 0xd5c82b29
	.word 0xc5010c9f
	.word 0x76c14416
	.word 0x9636cdd7
	.word 0xbe0d4831
	.word 0xf6671534
	.word 0x8cf275d4
	.word 0x8b5a0af0
	.word 0x8a8991b2
	.word 0xaf4e304d
	.word 0x41b3392e
	.word 0xf44ba6c5
	.word 0x92fb970c
	.word 0xe3568721
	.word 0x45e561f8
	.word 0xd298b7b5
	.word 0x49a0c5c2
	.word 0x720d048e
	.word 0x810915c0
	.word 0xd599c718
	.word 0x422c8505
	.word 0x8305c423
	.word 0x4bb68583
	.word 0xfbd3a800
	.word 0x54ae0249
	.word 0x80a6f7a
	.word 0xf944bc88
	.word 0xb464f7a2
	.word 0x7884ffaa
	.word 0x9484e52
	.word 0x10c3cc73
	.word 0x40fe8275
	.word 0x86bd2f8d
	.word 0x4adf5b4b
	.word 0x977b1990
	.word 0x7d651534
	.word 0x27bca075
	.word 0xc5f96c2c
	.word 0xe7ef9a52
	.word 0x801fd000
	.word 0x39e24cef
	.word 0x7f8d0ed0
	.word 0x14bb5e9b
	.word 0x926824cf
	.word 0x48c07957
	.word 0xbabdeee2
	.word 0xeb540712
	.word 0x1d782be9
	.word 0x18a5fa8b
	.word 0x596de751
	.word 0x557107d2
	.word 0xc4e4dff7
	.word 0xbc581f3a
	.word 0x485f1c45
	.word 0xd12adc6e
	.word 0xde4c7e9d
	.word 0x62613c12
	.word 0xf9888283
	.word 0xd2ca5b8f
	.word 0xaec51d12
	.word 0xa18c2f81
	.word 0xabffaa5f
	.word 0x8838c5a5
	.word 0x81099183
	.word 0xd40cabff
	.word 0x6f1e0386
	.word 0x42bc1211
	.word 0xdf341fae
	.word 0xc4ffc80e
	.word 0x823cc8d1
	.word 0x7ffa4d02
	.word 0xfd18d3cf
	.word 0xb494f9f
	.word 0x75ed6682
	.word 0xfe94099c
	.word 0x8b517faf
	.word 0x303d725d
	.word 0x50a531a6
	.word 0x24a0d72e
	.word 0xf6e4098c
	.word 0x8d63fea6
	.word 0xa45fb85d
	.word 0x39d20f17
	.word 0x7e2ab2ef
	.word 0x269f9c54
	.word 0x77bbad1e
	.word 0x4115ee52
	.word 0x6725d79d
	.word 0x671537b6
	.word 0xfd917fa7
	.word 0x9edb2435
	.word 0xb1e2da7b
	.word 0xbf142a8d
	.word 0x72f7624f
	.word 0x49676f10
	.word 0x34229712
	.word 0xbedc6a32
	.word 0x40dc4c1f
	.word 0xe2a6deb0
	.word 0x17688308
	.word 0xe639910c
	.word 0x57171b00
	.word 0x3a9f665b
	.word 0x1cd9c351
	.word 0xb2cdd008
	.word 0x115659ae
	.word 0x961d677f
	.word 0x64a1dac6
	.word 0xa0df927a
	.word 0x8f9d72
	.word 0x971538a2
	.word 0x302d74e2
	.word 0x489e0cfa
	.word 0xa920073a
	.word 0x912568f9
	.word 0xbb708a64
	.word 0xedb7b03a
	.word 0x6daf41a2
	.word 0x36f32e8f
	.word 0x377e04de
	.word 0xb525aac
	.word 0x40f8af4f
	.word 0xf73ddd27
	.word 0xdfba760b
	.word 0xbe108876
	.word 0x4cdde0d9
	.word 0xe811affa
	.word 0x603ea0ad
	.word 0x31400db8
	.word 0x2e15ada3
	.word 0xef918e13
	.word 0x1423a67a
	.word 0x7d76178c
	.word 0x4f7ec1af
	.word 0x7e262b4a
	.word 0xd2a9eb4d
	.word 0x17c7a90d
	.word 0xbe2977be
	.word 0x8b0105f1
	.word 0xdc5175ee
	.word 0xaf755f98
	.word 0x944de6bb
	.word 0x3bc8cc36
	.word 0x6b8dbf31
	.word 0x5115d184
	.word 0x8f81a6d6
	.word 0xd03c541b
	.word 0xd5c31c4
	.word 0xe7fa7ab6
	.word 0xbd3132e0
	.word 0xf6c29596
	.word 0x2a70f26e
	.word 0xb3982670
	.word 0x5d99c6bb
	.word 0xcc9c179c
	.word 0x8399a5cb
	.word 0x5333553b
	.word 0xb1117d1
	.word 0x148f47a4
	.word 0x730c8ab9
	.word 0xa920a914
	.word 0x3c4c95b5
	.word 0x71b63bc8
	.word 0x6f23754f
	.word 0x30d824ca
	.word 0xbc6ea3aa
	.word 0x6b612347
	.word 0xae357ca3
	.word 0x35829213
	.word 0x9fd8ff93
	.word 0x85712f46
	.word 0xb3ae5e4a
	.word 0x74836d59
	.word 0x3c20786d
	.word 0x5695fe9b
	.word 0xc19bad38
	.word 0x33a213e6
	.word 0x4a038a29
	.word 0x539046ca
	.word 0x326c46ae
	.word 0xed82a5b2
	.word 0x9fa39c28
	.word 0x68fbad5b
	.word 0xb748bd93
	.word 0xbfab302e
	.word 0xec7d03d9
	.word 0xccc6be9a
	.word 0x79ab9110
	.word 0x7abb0e54
	.word 0x7541fe6c
	.word 0x1b073e6a
	.word 0x658a01ef
	.word 0x934995b4
	.word 0x9e17ec2b
	.word 0x11c501a2
	.word 0x8fd2321a
	.word 0xfbb3cc92
	.word 0xc6187dc2
	.word 0xfdab7b52
	.word 0xcaef3472
	.word 0xa04d2a02
	.word 0xa4a07804
	.word 0xdfb51754
	.word 0xd6aa969b
	.word 0xb4f2047
	.word 0x7b14b64
	.word 0xf5665d4a
	.word 0xe72f478d
	.word 0xf402ec22
	.word 0x9959e4c1
	.word 0x1df35201
	.word 0x81da72d8
	.word 0x3fa3b618
	.word 0x6572c7a8
	.word 0x8d7cf40b
	.word 0x6c4e2355
	.word 0xacbe3fa7
	.word 0x217aa42
	.word 0x1cadac4d
	.word 0x8daf433f
	.word 0xdcdaaabb
	.word 0xb83c41dd
	.word 0x30f8c21e
	.word 0x3fd9de23
	.word 0x87aa398d
	.word 0xd3e4c1c0
	.word 0x304061ee
	.word 0xb3ca45d0
	.word 0x95773568
	.word 0x89b9c25
	.word 0x18ff34ea
	.word 0x322370bb
	.word 0xdab3ea81
	.word 0x5b90b770
	.word 0xe2aca82f
	.word 0x82870c9b
	.word 0x19fff31
	.word 0x314da1ad
	.word 0x2a702131
	.word 0xe494d55a
	.word 0xb9cae2e5
	.word 0x575035ee
	.word 0x6c567e18
	.word 0xd130d592
	.word 0xbbdcfa33
	.word 0xb7cb87be
	.word 0x20b8a020
	.word 0xa32bf5be
	.word 0x6e173570
	.word 0x9f9754ac
	.word 0xd55f2b8d
	.word 0x35fce0da
	.word 0x95197109
	.word 0xdc399e35
	.word 0x1016708a
	.word 0x1eecaea9
	.word 0xec00ad95
	.word 0xcffc58cc
	.word 0xd85aad7e
	.word 0x33505b04
	.word 0x3e28249c
	.word 0x6dcc81e1
	.word 0x43eb3c39
	.word 0xa9edcfef
	.word 0x1214db07
	.word 0xa7fb881d
	.word 0x9f02f41
	.word 0x8f1920ed
	.word 0xcb9e788f
	.word 0x957cc3c8
	.word 0xadbd6c0a
	.word 0x7b9ae94
	.word 0x7f0dc381
	.word 0x28cd87df
	.word 0x9ef35344
	.word 0x67ee8829
	.word 0x6b9598dc
	.word 0xc940e7fb
	.word 0x624249a4
	.word 0x45ad5fff
	.word 0x240bd216
	.word 0x976e9b72
	.word 0xc41fd732
	.word 0xe1c8818e
	.word 0xcede1732
	.word 0x8b3274ee
	.word 0x70551119
	.word 0x9cbd5c62
	.word 0xd111f8ba
	.word 0x2edf3899
	.word 0xf043f39f
	.word 0x483ac467
	.word 0x673abbc
	.word 0x138655fe
	.word 0xfe06d522
	.word 0xb0f26913
	.word 0x47de889b
	.word 0x4f79dc5d
	.word 0xeaba82a4
	.word 0xe725a5b3
	.word 0x21ee633a
	.word 0x5ca3ea3e
	.word 0x1d63634c
	.word 0x5051a2e9
	.word 0xe59aad0f
	.word 0xb759b752
	.word 0xb7c546eb
	.word 0xfc1d0587
	.word 0xc914b1f1
	.word 0xba7d72e4
	.word 0x901ee674
	.word 0xd6d8439c
	.word 0xbde35e9
	.word 0x610d1858
	.word 0x82c9523b
	.word 0xb942a9fc
	.word 0x63d6a782
	.word 0x53f13e31
	.word 0xf2d3a16a
	.word 0x592ae0b5
	.word 0xa2b4074b
	.word 0x69f3bac5
	.word 0xcbc9a790
	.word 0x1840d9ad
	.word 0x6dda7af7
	.word 0x7215fd15
	.word 0x7b50420e
	.word 0x1126cb46
	.word 0xc1838341
	.word 0x8c948d34
	.word 0xbb72760d
	.word 0x43c63654
	.word 0x24926e92
	.word 0x41435c72
	.word 0x736c2b94
	.word 0x35c4c3fb
	.word 0x1ac551e6
	.word 0xafc0fada
	.word 0xa3e7b077
	.word 0xe8c62ae3
	.word 0x9ed1d9ee
	.word 0x18652818
	.word 0x11a8a3cb
	.word 0xbfe9e543
	.word 0xeb795883
	.word 0xcd424e57
	.word 0x15956e73
	.word 0xb331199e
	.word 0x9050a27f
	.word 0x7ff0e70
	.word 0x201ed068
	.word 0xb8660141
	.word 0x718db1a6
	.word 0x309b5d3a
	.word 0x3cba2424
	.word 0x7fed9f5b
	.word 0x4cd5b258
	.word 0xa9472df7
	.word 0xd3c49aeb
	.word 0x53a28e47
	.word 0x4f278132
	.word 0x5f3248f2
	.word 0xd3ac7f64
	.word 0xd45af9c4
	.word 0xe725b2d5
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
