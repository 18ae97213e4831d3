	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 144(x30)
	ld x3, 208(x30)
	ld x4, 168(x30)
	ld x5, 16(x30)
	ld x6, 80(x30)
	ld x7, 56(x30)
	ld x8, 112(x30)
	ld x9, 208(x30)
	ld x10, 112(x30)
	ld x11, 24(x30)
	ld x12, 112(x30)
	ld x13, 8(x30)
	ld x14, 144(x30)
	ld x15, 56(x30)
	ld x16, 64(x30)
	ld x17, 16(x30)
	ld x18, 104(x30)
	ld x19, 192(x30)
	ld x20, 72(x30)
	ld x21, 104(x30)
	ld x22, 176(x30)
	ld x23, 136(x30)
	ld x24, 56(x30)
	ld x25, 120(x30)
	ld x26, 168(x30)
	ld x27, 0(x30)
	ld x28, 192(x30)
	ld x29, 192(x30)
	ld x30, 160(x30)
	la x30, dvals
	flw f0, 320(x30)
	fld f1, 104(x30)
	fld f2, 184(x30)
	fld f3, 272(x30)
	fld f4, 128(x30)
	fld f5, 16(x30)
	fld f6, 232(x30)
	fld f7, 136(x30)
	fld f8, 64(x30)
	fld f9, 24(x30)
	fld f10, 160(x30)
	fld f11, 48(x30)
	fld f12, 8(x30)
	fld f13, 48(x30)
	flw f14, 300(x30)
	flw f15, 332(x30)
	fld f16, 208(x30)
	fld f17, 64(x30)
	fld f18, 256(x30)
	flw f19, 372(x30)
	fld f20, 96(x30)
	fld f21, 168(x30)
	fld f22, 336(x30)
	flw f23, 340(x30)
	flw f24, 364(x30)
	fld f25, 88(x30)
	fld f26, 192(x30)
	flw f27, 384(x30)
	fld f28, 120(x30)
	fld f29, 340(x30)
	flw f30, 284(x30)
	fld f31, 56(x30)
	fcvt.d.lu f26, x29, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	slti x22, x23, 2047
	la x30, dvals
	flw f12, 624(x30)
	fcvt.wu.s x0, f12, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	divuw x7, x25, x11
	blt x16, x16, 1f
	srl x13, x13, x27
	sltu x6, x18, x8
1:
	sra x19, x25, x16
	xori x8, x28, -2048
	fmadd.d f13, f12, f20, f17, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	la x30, dvals
	flw f19, 392(x30)
	fclass.s x23, f19
	addi x30, x31, 1496
	lr.w.aqrl x23, (x30)
	addi x30, x30, 8
	sc.w.aqrl x15, x27, (x30)
	sb x24, 1506(x31)
	csrrs x9, fflags, x0
	xor x10, x29, x14
	sb x10, 1714(x31)
	mulw x20, x1, x23
	divu x5, x23, x9
	sra x6, x6, x8
	sra x27, x20, x16
	addi x30, x31, 120
	lr.d.aq x8, (x30)
	sc.d.aq x12, x27, (x30)
	sc.d x11, x20, (x30)
	ld x4, 1267(x2)
	la x30, dvals
	fld f21, 424(x30)
	la x30, dvals
	fld f1, 472(x30)
	fmax.d f12, f21, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	fcvt.w.d x10, f7, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	divu x20, x0, x3
	la x30, dvals
	flw f17, 680(x30)
	feq.s x20, f17, f14
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	bne x22, x21, 1f
	and x21, x13, x15
	sllw x20, x26, x10
1:
	addi x30, x31, 2024
	amomin.d.aqrl x16, x1, (x30)
	slli x5, x3, 63
	sraiw x16, x0, 0
	la x30, dvals
	flw f20, 680(x30)
	fmax.s f27, f20, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	addw x18, x0, x0
	la x30, dvals
	fld f13, 432(x30)
	fcvt.s.d f25, f13, rup
	sra x3, x24, x15
	sub x25, x21, x24
	la x30, dvals
	fld f26, 408(x30)
	fmul.d f10, f26, f27, dyn
	la x30, dvals
	flw f10, 288(x30)
	fsqrt.s f31, f10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	sw x12, 232(x31)
	or x20, x19, x9
	la x30, dvals
	fld f9, 200(x30)
	la x30, dvals
	fld f14, 496(x30)
	fadd.d f31, f9, f14, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	divu x27, x18, x28
	mv x9, x31
	c.fld f15, 248(x9)
	divu x3, x1, x1
	mulw x9, x12, x11
	addi x10, x4, 2047
	mulh x14, x3, x22
	lhu x13, 684(x2)
	la x30, dvals
	fld f17, 168(x30)
	fdiv.d f10, f17, f0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	sub x1, x6, x28
	la x30, dvals
	flw f7, 376(x30)
	la x30, dvals
	flw f19, 592(x30)
	feq.s x3, f7, f19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	bge x10, x16, 1f
	and x22, x5, x8
1:
	c.addi16sp sp, 432
	c.sdsp x3, 136(sp)
	mv sp, x31
	la x30, dvals
	flw f18, 328(x30)
	la x30, dvals
	flw f26, 684(x30)
	fnmsub.s f14, f16, f18, f26, dyn
	srlw x1, x27, x22
	slti x25, x7, 2047
	addi x30, x31, 1904
	amomax.d.aq x9, x13, (x30)
	fsub.d f15, f12, f25, rmm
	la x30, dvals
	fld f19, 232(x30)
	fcvt.w.d x25, f19, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	sraw x6, x25, x10
	fsub.d f6, f19, f1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	addiw x8, x10, 2047
	mulhsu x1, x23, x23
	la x30, dvals
	fld f25, 568(x30)
	fadd.d f21, f26, f25, dyn
	la x30, dvals
	fld f23, 456(x30)
	la x30, dvals
	fld f7, 176(x30)
	fdiv.d f11, f23, f7, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	xori x4, x12, 1
	xor x3, x25, x12
	la x30, dvals
	fld f29, 32(x30)
	fadd.d f31, f29, f1, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	c.swsp x28, 40(sp)
	c.sdsp x11, 216(sp)
	slt x22, x14, x5
	rem x4, x19, x12
	srli x8, x11, 31
	srliw x16, x28, 31
	sh x14, 84(x31)
	bne x19, x1, 1f
	sub x7, x22, x14
	sltu x26, x25, x27
1:
	fsub.d f27, f13, f8, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	divw x14, x23, x19
	xor x11, x19, x0
	srl x22, x28, x5
	la x30, dvals
	fld f30, 232(x30)
	la x30, dvals
	fld f27, 216(x30)
	fsgnjx.d f15, f30, f27
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	sltiu x25, x0, -1181
	csrrsi x25, fflags, 24
	c.fsdsp f5, 224(sp)
	c.bnez x8, 1f
	sub x7, x24, x19
1:
	la x30, dvals
	fld f18, 408(x30)
	la x30, dvals
	fld f5, 448(x30)
	fnmsub.d f2, f27, f18, f5, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	lw x9, 1808(x2)
	lui x3, 524287
	bgeu x10, x5, 1f
	sltu x29, x9, x5
1:
	fcvt.d.lu f3, x0, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	lhu x26, 934(x31)
	la x30, dvals
	fld f23, 520(x30)
	fcvt.l.d x19, f23, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	c.mv x12, x16
	c.add x22, x12
	addi x30, x31, 784
	lr.w x28, (x30)
	sc.w x20, x27, (x30)
	lh x18, 1934(x31)
	bltu x29, x0, 1f
	add x6, x6, x23
1:
	addi x30, x31, 744
	amominu.d.aq x23, x19, (x30)
	remw x0, x9, x16
	slt x21, x13, x0
	fsqrt.d f31, f27, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	la x30, dvals
	fld f15, 112(x30)
	fmul.d f11, f30, f15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	la x30, dvals
	fld f29, 480(x30)
	fmul.d f13, f2, f29, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	addi x30, x31, 1128
	amomaxu.d.rl x23, x9, (x30)
	addi x30, x31, 1920
	lr.w x1, (x30)
	sc.w x7, x19, (x30)
	sc.w x23, x28, (x30)
	and x9, x23, x27
	lui x0, 1048575
	fmv.d.x f7, x1
	srl x9, x16, x9
	lbu x27, 468(x31)
	bne x21, x3, 1f
	addw x13, x19, x21
1:
	slti x14, x8, 31
	srli x19, x11, 1
	srliw x4, x29, 0
	lw x1, 88(x2)
	divuw x18, x21, x13
	divw x17, x4, x7
	lui x27, 524288
	la x30, dvals
	fld f0, 208(x30)
	fdiv.d f13, f0, f3, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	fcvt.d.lu f25, x12, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	blt x17, x17, 1f
	sub x17, x26, x18
1:
	fsflags x26, x4
	sltiu x17, x3, -2
	la x30, dvals
	flw f31, 668(x30)
	la x30, dvals
	flw f27, 628(x30)
	la x30, dvals
	flw f24, 648(x30)
	fnmsub.s f18, f31, f27, f24, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	la x30, dvals
	flw f0, 668(x30)
	fclass.s x4, f0
	la x30, dvals
	fld f13, 32(x30)
	fnmsub.d f18, f13, f28, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	addw x10, x28, x19
	srli x18, x1, 33
	slliw x18, x28, 1
	sltiu x8, x7, 31
	lbu x28, 750(x31)
	or x14, x23, x0
	sb x13, 444(x31)
	addiw x6, x17, 32
	fcvt.d.w f23, x14
	sh x11, 1026(x31)
	remuw x22, x25, x0
	xor x22, x16, x14
	addi x30, x31, 72
	amoxor.w.aq x19, x26, (x30)
	la x30, dvals
	flw f29, 668(x30)
	la x30, dvals
	flw f25, 684(x30)
	fsgnj.s f6, f29, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	divu x24, x15, x22
	fsqrt.s f28, f19, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	la x30, dvals
	flw f20, 332(x30)
	fsqrt.s f29, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	fsw f20, 624(x31)
	slti x21, x8, 31
	addi x8, x5, -2
	la x30, dvals
	flw f7, 320(x30)
	feq.s x17, f27, f7
	slt x9, x17, x17
	xori x23, x28, 32
	sltu x16, x8, x15
	lui x25, 0
	c.beqz x11, 1f
	or x11, x28, x7
1:
	blt x29, x14, 1f
	sll x8, x7, x3
	sllw x15, x23, x8
1:
	auipc x6, 524288
	la x30, dvals
	flw f8, 332(x30)
	fsub.s f29, f8, f12, rmm
	fmul.d f17, f6, f10, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	la x30, dvals
	flw f9, 308(x30)
	la x30, dvals
	flw f7, 324(x30)
	fdiv.s f31, f9, f7, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	sltiu x24, x0, 32
	la x30, dvals
	flw f14, 680(x30)
	fsub.s f0, f14, f16, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	addi x1, x28, 0
	slt x24, x12, x10
	slli x4, x12, 0
	srliw x9, x8, 0
	mulhsu x1, x14, x0
	sh x23, 1918(x31)
	divw x25, x27, x11
	la x30, dvals
	fld f7, 488(x30)
	la x30, dvals
	fld f23, 528(x30)
	fnmsub.d f0, f24, f7, f23, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	fcvt.lu.s x29, f14, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	lw x27, 772(x31)
	addi x7, x28, 32
	la x30, dvals
	flw f16, 392(x30)
	la x30, dvals
	flw f11, 632(x30)
	fnmadd.s f9, f16, f11, f21, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	or x12, x3, x13
	la x30, dvals
	flw f24, 280(x30)
	fcvt.lu.s x25, f24, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	sb x0, 1563(x31)
	addi x30, x31, 400
	lr.w.rl x4, (x30)
	sraw x16, x9, x17
	addi x30, x30, 8
	sc.w.rl x14, x3, (x30)
	sc.w x27, x21, (x30)
	la x30, dvals
	flw f8, 376(x30)
	fcvt.d.s f18, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	addw x10, x21, x29
	lbu x20, 1939(x31)
	mulw x26, x9, x26
	c.addi x26, -32
	c.addiw x26, -1
	la x30, dvals
	fld f31, 456(x30)
	la x30, dvals
	fld f22, 424(x30)
	fmax.d f28, f31, f22
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	sb x8, 584(x31)
	sltiu x16, x1, 63
	ld x7, 1440(x2)
	xori x11, x19, 1
	mv x12, x31
	c.sd x10, 96(x12)
	bge x25, x14, 1f
	subw x28, x22, x22
1:
	blt x20, x28, 1f
	sraw x24, x20, x16
	sltu x15, x15, x29
1:
	la x30, dvals
	fld f21, 584(x30)
	fadd.d f12, f21, f5, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	mv x13, x31
	c.ld x13, 96(x13)
	la x30, dvals
	fld f4, 560(x30)
	fle.d x12, f4, f6
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	flw f17, 1072(x31)
	sw x0, 1352(x31)
	c.mv x11, x4
	c.add x20, x11
	sh x28, 8(x31)
	auipc x14, 524287
	la x30, dvals
	fld f24, 0(x30)
	la x30, dvals
	fld f31, 440(x30)
	la x30, dvals
	fld f14, 24(x30)
	fmsub.d f4, f24, f31, f14, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	c.swsp x19, 176(sp)
	c.sdsp x14, 368(sp)
	sltu x6, x22, x19
	lw x17, 1093(x31)
	divw x5, x13, x1
	la x30, dvals
	fld f31, 216(x30)
	fadd.d f24, f21, f31, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	la x30, dvals
	fld f7, 112(x30)
	la x30, dvals
	fld f18, 480(x30)
	la x30, dvals
	fld f19, 504(x30)
	fmadd.d f12, f7, f18, f19, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	lwu x26, 1460(x2)
	la x30, dvals
	flw f27, 680(x30)
	fadd.s f12, f27, f1, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	la x30, dvals
	fld f15, 520(x30)
	la x30, dvals
	fld f12, 584(x30)
	fsub.d f17, f15, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	ori x19, x11, 0
	la x30, dvals
	flw f8, 372(x30)
	flt.s x27, f1, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	la x30, dvals
	flw f0, 304(x30)
	fcvt.lu.s x9, f0, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	lh x4, 1528(x31)
	la x30, dvals
	fld f29, 232(x30)
	la x30, dvals
	fld f2, 448(x30)
	fmadd.d f23, f29, f22, f2, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	la x30, dvals
	flw f20, 636(x30)
	fmul.s f10, f12, f20, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	fcvt.s.wu f4, x16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	la x30, dvals
	flw f18, 624(x30)
	la x30, dvals
	flw f10, 372(x30)
	la x30, dvals
	flw f31, 612(x30)
	fmsub.s f9, f18, f10, f31, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	bgeu x19, x10, 1f
	add x16, x21, x18
	srl x19, x23, x18
1:
	la x30, dvals
	flw f30, 340(x30)
	fcvt.l.s x16, f30, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	la x30, dvals
	fld f10, 96(x30)
	fdiv.d f7, f10, f24, rdn
	mv x15, x31
	c.fsd f12, 152(x15)
	sw x11, 13(x31)
	c.srai x15, 1
	c.andi x14, 4
	lui x22, 524287
	mul x1, x4, x26
	srli x3, x5, 33
	srliw x17, x14, 30
	fsw f10, 1092(x31)
	sd x3, 1904(x31)
	la x30, dvals
	flw f22, 656(x30)
	fmin.s f1, f22, f22
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	la x30, dvals
	flw f23, 328(x30)
	fcvt.w.s x21, f23, rmm
	sraw x20, x18, x28
	mulhsu x24, x12, x3
	c.srai x10, 6
	c.andi x13, -20
	srlw x28, x8, x11
	remuw x26, x27, x9
	la x30, dvals
	flw f31, 280(x30)
	la x30, dvals
	flw f21, 336(x30)
	fadd.s f7, f31, f21, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	la x30, dvals
	flw f7, 372(x30)
	la x30, dvals
	flw f19, 388(x30)
	la x30, dvals
	flw f28, 392(x30)
	fmsub.s f23, f7, f19, f28, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	addi x30, x31, 1488
	amomax.d.rl x29, x27, (x30)
	or x1, x25, x13
	la x30, dvals
	fld f25, 432(x30)
	la x30, dvals
	fld f16, 448(x30)
	fsgnj.d f11, f25, f16
	sllw x25, x15, x22
	or x19, x12, x12
	fclass.s x22, f7
	lh x21, 1646(x2)
	c.fldsp f4, 296(sp)
	c.swsp x13, 192(sp)
	c.sdsp x5, 456(sp)
	c.srai x11, 12
	c.andi x14, 4
	la x30, dvals
	flw f12, 348(x30)
	flt.s x5, f22, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	divuw x28, x20, x5
	rem x14, x23, x9
	la x30, dvals
	fld f22, 568(x30)
	fnmadd.d f16, f22, f17, f22, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	lb x22, 169(x31)
	fcvt.s.lu f9, x10, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	la x30, dvals
	flw f31, 624(x30)
	la x30, dvals
	flw f18, 308(x30)
	fmul.s f9, f31, f18, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	la x30, dvals
	flw f9, 660(x30)
	fcvt.l.s x22, f9, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	la x30, dvals
	flw f4, 648(x30)
	la x30, dvals
	flw f9, 644(x30)
	la x30, dvals
	flw f0, 680(x30)
	fnmsub.s f31, f4, f9, f0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	or x9, x14, x12
	remuw x0, x7, x21
	la x30, dvals
	fld f18, 584(x30)
	fcvt.lu.d x12, f18, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	srl x21, x16, x0
	mulh x29, x22, x15
	sltiu x8, x9, -200
	slli x25, x20, 33
	srliw x18, x17, 7
	sra x5, x16, x7
	sw x14, 844(x31)
	sw x21, 1620(x31)
	la x30, dvals
	flw f12, 668(x30)
	fclass.s x24, f12
	slti x9, x27, 31
	addi x30, x31, 1672
	amominu.d.aqrl x9, x15, (x30)
	remuw x13, x9, x1
	divw x14, x4, x7
	bne x24, x23, 1f
	add x18, x3, x5
1:
	sb x9, 1597(x31)
	c.nop
	fmv.w.x f20, x29
	sh x22, 754(x31)
	mulh x7, x15, x1
	c.fldsp f8, 248(sp)
	mv x9, x31
	c.sw x11, 96(x9)
	slti x16, x1, 63
	c.addi4spn x10, sp, 308
	lh x17, 1972(x2)
	sraw x28, x21, x27
	sb x23, 507(x31)
	la x30, dvals
	fld f1, 216(x30)
	fclass.d x19, f1
	bge x10, x5, 1f
	srl x8, x10, x19
1:
	remuw x17, x18, x0
	mv x8, x31
	c.lw x13, 52(x8)
	divw x20, x20, x3
	ori x27, x6, -1
	la x30, dvals
	flw f31, 384(x30)
	fadd.s f1, f8, f31, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	sltu x15, x3, x21
	c.slli x3, 10
	mul x24, x9, x13
	c.nop
	mulh x26, x11, x5
	la x30, dvals
	flw f28, 308(x30)
	la x30, dvals
	flw f7, 628(x30)
	fadd.s f1, f28, f7, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	fcvt.d.lu f27, x22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	auipc x0, 524288
	sllw x11, x26, x27
	sb x21, 1322(x31)
	la x30, dvals
	flw f8, 292(x30)
	fdiv.s f7, f8, f15, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	la x30, dvals
	fld f15, 536(x30)
	la x30, dvals
	fld f9, 576(x30)
	fnmsub.d f19, f15, f9, f13, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	mulhsu x3, x25, x23
	addiw x19, x5, 0
	andi x18, x22, 2047
	addi x30, x31, 64
	amoor.d.rl x9, x28, (x30)
	sllw x4, x15, x6
	fdiv.s f24, f26, f20, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	mulw x21, x15, x23
	addi x30, x31, 240
	amoadd.d.aqrl x8, x3, (x30)
	addiw x8, x13, 2047
	slli x3, x21, 33
	sraiw x17, x12, 31
	la x30, dvals
	flw f12, 376(x30)
	fsqrt.s f23, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	remw x7, x4, x28
	la x30, dvals
	flw f13, 636(x30)
	la x30, dvals
	flw f12, 396(x30)
	fsub.s f0, f13, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	fcvt.d.w f24, x19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	addw x23, x4, x22
	mulh x1, x0, x23
	bgeu x8, x12, 1f
	xor x27, x23, x22
1:
	la x30, dvals
	flw f14, 616(x30)
	fcvt.w.s x16, f14, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	la x30, dvals
	fld f26, 552(x30)
	la x30, dvals
	fld f1, 24(x30)
	fdiv.d f17, f26, f1, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	c.lwsp x29, 244(sp)
	c.ldsp x21, 368(sp)
	srai x27, x0, 1
	sraiw x7, x4, 31
	remuw x26, x0, x16
	mulh x4, x29, x14
	lb x14, 1740(x2)
	slli x26, x19, 32
	srliw x25, x29, 31
	jal x7, 1f
	and x21, x5, x16
1:
	la x30, 1f
	jalr x8, 0(x30)
	sll x16, x8, x17
1:
	lb x16, 638(x31)
	addiw x19, x19, 2047
	la x30, dvals
	flw f8, 376(x30)
	fmul.s f9, f8, f1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	c.li x21, 3
	c.lui x21, 12
	srli x4, x22, 31
	srliw x4, x28, 12
	la x30, dvals
	fld f21, 424(x30)
	flt.d x16, f21, f6
	ori x25, x14, 63
	slli x28, x22, 17
	sraiw x12, x11, 9
	fadd.d f24, f7, f26, rtz
	la x30, dvals
	flw f0, 592(x30)
	fmul.s f0, f0, f18, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	divu x10, x13, x29
	lh x1, 223(x2)
	fsub.d f14, f27, f30, rne
	la x30, dvals
	flw f29, 392(x30)
	fcvt.d.s f3, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	fcvt.s.w f11, x6, rtz
	bltu x9, x4, 1f
	sltu x18, x17, x25
	and x9, x24, x26
1:
	sd x9, 1184(x31)
	lui x26, 899469
	lwu x12, 448(x31)
	sd x14, 704(x31)
	slti x15, x4, 31
	la x30, dvals
	flw f15, 668(x30)
	fdiv.s f9, f24, f15, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	addi x20, x24, 1
	sltiu x11, x4, 862
	addiw x0, x9, -2
	la x30, dvals
	fld f28, 512(x30)
	fmadd.d f5, f28, f31, f20, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	fmv.x.w x25, f5
	mulhu x5, x22, x16
	or x19, x11, x19
	lui x4, 1
	lb x24, 1718(x31)
	sra x10, x26, x7
	la x30, dvals
	fld f2, 144(x30)
	fdiv.d f2, f13, f2, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	bltu x29, x1, 1f
	srl x17, x1, x21
1:
	fcvt.l.d x16, f15, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	c.addi16sp sp, 368
	c.sdsp x18, 64(sp)
	mv sp, x31
	bge x11, x8, 1f
	sraw x17, x6, x13
	srl x12, x10, x9
1:
	la x30, dvals
	flw f17, 296(x30)
	la x30, dvals
	flw f6, 656(x30)
	fadd.s f6, f17, f6, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	mulhu x15, x7, x29
	addw x15, x12, x21
	slli x11, x14, 1
	sraiw x9, x16, 0
	xor x25, x19, x7
	mul x16, x12, x12
	c.fldsp f8, 496(sp)
	beq x14, x12, 1f
	sll x24, x21, x8
1:
	remw x18, x12, x16
	la x30, dvals
	fld f27, 240(x30)
	fnmadd.d f0, f19, f27, f17, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	mv x14, x31
	c.ld x11, 224(x14)
	bge x16, x25, 1f
	sub x9, x19, x22
1:
	addi x30, x31, 696
	amoand.w.rl x8, x23, (x30)
	remuw x29, x18, x0
	fsqrt.s f5, f29, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	subw x19, x14, x22
	lbu x27, 899(x31)
	la x30, dvals
	flw f7, 676(x30)
	la x30, dvals
	flw f6, 664(x30)
	fmul.s f29, f7, f6, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	fsd f5, 1800(x31)
	sltu x24, x5, x25
	slt x29, x4, x28
	auipc x6, 524287
	la x30, dvals
	fld f11, 512(x30)
	fcvt.w.d x0, f11, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	add x3, x13, x9
	c.nop
	lui x6, 1
	la x30, dvals
	flw f1, 632(x30)
	la x30, dvals
	flw f3, 656(x30)
	la x30, dvals
	flw f13, 652(x30)
	fnmsub.s f8, f1, f3, f13, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	addi x30, x31, 224
	amoswap.w.rl x13, x14, (x30)
	la x30, dvals
	flw f11, 300(x30)
	fsqrt.s f24, f11, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	sh x26, 1068(x31)
	addi x30, x31, 960
	amoor.w x16, x12, (x30)
	bltu x12, x12, 1f
	sllw x1, x8, x0
1:
	sll x15, x6, x27
	bgeu x0, x27, 1f
	sra x10, x26, x22
1:
	fcvt.s.d f16, f26, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	la x30, dvals
	fld f4, 112(x30)
	fclass.d x20, f4
	addiw x22, x3, 2047
	srlw x0, x6, x29
	sb x1, 1020(x31)
	fld f18, 1040(x31)
	remw x11, x16, x3
	la x30, dvals
	fld f7, 264(x30)
	la x30, dvals
	fld f1, 456(x30)
	la x30, dvals
	fld f29, 48(x30)
	fnmsub.d f8, f7, f1, f29, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	fcvt.s.l f17, x19, rne
	srlw x11, x20, x17
	div x9, x27, x13
	sra x21, x17, x7
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
	.dword 0x249e7ffd8754e3ed
	.dword 0x7e008159ab595fcc
	.dword 0x94b36c1cdf228004
	.dword 0x6b6ab535844d71b3
	.dword 0x651b954ee1f98c77
	.dword 0xde978dcccaed513b
	.dword 0x798a2a9ea7e76ab2
	.dword 0x1c90f2aa5a73cac8
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
	.dword 0x41a5f4a71e6e8f67
	.dword 0xc1b088ff27b8e4d0
	.dword 0xbe20bc17646fecc6
	.dword 0xc12e82a3a6af659e
	.dword 0xbe58811409a32741
	.dword 0x3f9a6ceda9e285a6
	.dword 0xbeed1af1472ec750
	.dword 0xbf31e30c8f22c51c
	.dword 0xbe1ee3457fbb143e
	.dword 0xc0935119d41f3831
	.dword 0x3fa79181f129792a
	.dword 0xbe506344c5786970
	.dword 0x832f8281fcaa8cee
	.dword 0x002b967dfc5087f7
	.dword 0x433ef3a91adf2bfc
	.dword 0x8013a793632d047b
	.dword 0x832f86b9a0bd21cd
	.dword 0xc1ef8dec86927325
	.dword 0x802fa98beb5c0d4c
	.dword 0x41edac91e9256a3e
	.dword 0x032e6ccae2014499
	.dword 0x7fdfff3dba9b65d1
	.dword 0xffef599a76ba1184
	.dword 0x433363fd3a78a16b
	.word 0x3e6df7cd
	.word 0xc11c950d
	.word 0x3b35b02b
	.word 0x3f0c2127
	.word 0xbb25e053
	.word 0xbbff25d6
	.word 0x3fa84cac
	.word 0x3a9f46c0
	.word 0x3b0b52f4
	.word 0xbc94ccb2
	.word 0x3f06f0c4
	.word 0x3f5c6a9e
	.word 0x5f06142f
	.word 0x800757ba
	.word 0x8f4e48a9
	.word 0x80186ce8
	.word 0x7f505d16
	.word 0xf43f6fc
	.word 0x7eae8b56
	.word 0xc1801a
	.word 0xf678f46
	.word 0x80b77bc2
	.word 0xff0505d0
	.word 0xaf79d9
	.balign 16
scratch:
	.word 0xef1a9573
	.word 0xb21de89
	.word 0x2eec38d1
	.word 0x973fc96a
	.word 0xac457203
	.word 0x42a77321
	.word 0x34a3ad40
	.word 0x607a3565
	.word 0xfc0647ce
	.word 0xab0c2b91
	.word 0xe1bd896e
	.word 0x429c45e6
	.word 0x8e3cfe36
	.word 0x2ebcefab
	.word 0xda7317ef
	.word 0xa95bdea8
	.word 0x83584a0f
	.word 0xc9240f63
	.word 0x51c12be7
	.word 0xe303c699
	.word 0xe1c5c551
	.word 0x7496f526
	.word 0xec7e67df
	.word 0x3037643d
	.word 0x4aa5e6c5
	.word 0x39da829b
	.word 0x58b31dbf
	.word 0x5b98e79d
	.word 0xaa07e128
	.word 0x927b8d19
	.word 0x98c34255
	.word 0xe1bad831
	.word 0xed28088f
	.word 0x6b0a4cf3
	.word 0x70138a99
	.word 0x2955ed19
	.word 0xa266b22
	.word 0x2f0b58e3
	.word 0xc6f447e8
	.word 0x8f257d6c
	.word 0x31954828
	.word 0x8a908860
	.word 0xe804706e
	.word 0xa739ee2a
	.word 0xc56089d4
	.word 0x5f161cd9
	.word 0xd23217f
	.word 0x48924ad9
	.word 0x38e42d9d
	.word 0x17adb5f6
	.word 0x83778a9f
	.word 0x36ae222d
	.word 0xaf949058
	.word 0x8e6e5c77
	.word 0xf9f34e67
	.word 0x97c32978
	.word 0xaf6651ce
	.word 0xceabcf41
	.word 0x5f3528e0
	.word 0xbf03eb74
	.word 0x8fcc4202
	.word 0xf60c3944
	.word 0x55b4bb16
	.word 0x981555dd
	.word 0x67737dca
	.word 0x118d0c4f
	.word 0xb0923ded
	.word 0x12d3293a
	.word 0x897e0ac0
	.word 0x4ce3f4b3
	.word 0x7cc43ca9
	.word 0x917d4121
	.word 0x1276cc2d
	.word 0xb5923354
	.word 0x8ce19fa8
	.word 0x5d8cc462
	.word 0x651c3aa2
	.word 0xab497b46
	.word 0x1ed396
	.word 0x97e3aaa0
	.word 0xb44ca49b
	.word 0x3b254a74
	.word 0xdf1beb61
	.word 0xec84d11a
	.word 0xa252e369
	.word 0x39c832b6
	.word 0xcc434259
	.word 0x250e3bfd
	.word 0xac4cb265
	.word 0x7a01e3c5
	.word 0x89557fd9
	.word 0xf367dd4e
	.word 0x110d3c09
	.word 0x6704aeaf
	.word 0xa8f7cf27
	.word 0x7373f26e
	.word 0xaaf8aad1
	.word 0x4bf87500
	.word 0xee52a22c
	.word 0xf8f89bc7
	.word 0x9b81cee7
	.word 0xe9f286e9
	.word 0x9cd0b5be
	.word 0xc681212d
	.word 0xb63aff9f
	.word 0xd0e4041b
	.word 0x5c8ec928
	.word 0x30daf45d
	.word 0xa47d0dd5
	.word 0xbd3249f6
	.word 0x75928df0
	.word 0xa1bf6326
	.word 0xf6ab3cab
	.word 0xb6fc92b4
	.word 0xb1ea1cc1
	.word 0xbc3afaf8
	.word 0x8fd4e20a
	.word 0x6120d3c0
	.word 0x104523ec
	.word 0x3327c7f0
	.word 0xb0ede19c
	.word 0x97129993
	.word 0x4033ebe3
	.word 0x94bd3dc4
	.word 0x53b12c86
	.word 0xb21b2556
	.word 0x804fce
	.word 0x2648e532
	.word 0x6739b0e5
	.word 0x75823697
	.word 0x594928df
	.word 0xf60c2836
	.word 0x1250e7d3
	.word 0xdbfa9046
	.word 0xb7b0835f
	.word 0x5cbd26f2
	.word 0xf40042a3
	.word 0x76dfcda9
	.word 0x623fe99c
	.word 0x7e88e55a
	.word 0x26511d2b
	.word 0xbb7b85f1
	.word 0xb37dc273
	.word 0x6d475aaa
	.word 0x44596dc3
	.word 0x55c61f53
	.word 0x53aabce5
	.word 0x82f5c13e
	.word 0x609196b7
	.word 0x1aacad14
	.word 0x6ec338f3
	.word 0x3276dfbd
	.word 0xd9a064dd
	.word 0x724e6640
	.word 0x6e411963
	.word 0xe0c6a575
	.word 0xb96bf761
	.word 0x377120e2
	.word 0x7ec043d4
	.word 0xa1e5e9a9
	.word 0x86c83fe1
	.word 0xa7bfb01b
	.word 0x6623e065
	.word 0x5fc6e332
	.word 0xf7bcbea2
	.word 0x6d711c56
	.word 0x91849e4b
	.word 0x4bf212cd
	.word 0x3cdd7518
	.word 0xddb9b8c7
	.word 0xbe849f77
	.word 0x80275182
	.word 0x28f3b5a9
	.word 0x9691ebca
	.word 0xd6f739fe
	.word 0x8d4c25a
	.word 0x836688b5
	.word 0x1c70302d
	.word 0x54c63ff7
	.word 0xf42a5b0b
	.word 0x5627f16e
	.word 0xa946c80b
	.word 0x78b59528
	.word 0x880ef420
	.word 0x87d133c5
	.word 0x9491a131
	.word 0xb64dfc2a
	.word 0x30dfa10e
	.word 0x5b3e6d51
	.word 0x4414c57b
	.word 0x4bc2afe6
	.word 0xd9f27fd9
	.word 0x572b8f7d
	.word 0xfe43bfff
	.word 0xbe3f7f01
	.word 0x6a318a2e
	.word 0x35f89514
	.word 0xcc1ad199
	.word 0x531eeb2d
	.word 0x411a8e10
	.word 0xbc849fc
	.word 0x5c0ed867
	.word 0x674d0726
	.word 0x329d3ab2
	.word 0x2cad3ab7
	.word 0xf488760a
	.word 0xb3602eee
	.word 0x610b03b0
	.word 0x2edd62ce
	.word 0xd218920c
	.word 0xcb773620
	.word 0x9bd73fd9
	.word 0xf9a8182f
	.word 0xaf1d2a59
	.word 0x4097e132
	.word 0x2a8e122a
	.word 0xf1afefaf
	.word 0x871b39c2
	.word 0xe44233b3
	.word 0xe4b45789
	.word 0xa6ed55cb
	.word 0x86d24fc1
	.word 0x2a6b02d4
	.word 0xc055e4c
	.word 0x5e5d38ea
	.word 0xd1408d0a
	.word 0xdcd4023a
	.word 0xcefee213
	.word 0x452de2ed
	.word 0xd777f4f5
	.word 0x14c14021
	.word 0xa46ab623
	.word 0xa77b41f4
	.word 0x27f16c96
	.word 0x46169d47
	.word 0x2278c498
	.word 0x6790e44d
	.word 0x183641e1
	.word 0xd14b3564
	.word 0x4b1a3c77
	.word 0x9e0f9d9d
	.word 0xda3d6323
	.word 0xbd7e39ef
	.word 0x323f7d0e
	.word 0x6e44abe1
	.word 0x9c2639dd
	.word 0x38ab3e33
	.word 0xb2c34125
	.word 0x86160696
	.word 0x9e585b74
	.word 0x33e4ac0f
	.word 0x6ac6f89d
	.word 0xf754c97
	.word 0x7a180364
	.word 0x34e3759e
	.word 0x10438e76
	.word 0x5022a8b0
	.word 0xa3a1ef6a
	.word 0x57d0e9cc
	.word 0x17c0dbb8
	.word 0x9a4c6183
	.word 0xd9fd5d1d
	.word 0x39864272
	.word 0xc8c72856
	.word 0x947228b0
	.word 0xfdec4042
	.word 0xc9636cb0
	.word 0x3a52e78a
	.word 0xb2d10fbb
	.word 0xf7e2e328
	.word 0xdb716b8b
	.word 0x360e61eb
	.word 0xbc5ce2b2
	.word 0x215ce457
	.word 0x71d0d3c
	.word 0x71e11241
	.word 0x268a6935
	.word 0x1e336083
	.word 0x36440bd2
	.word 0x50fc19ed
	.word 0xabfbd1ad
	.word 0xe80d300a
	.word 0x8f86b68c
	.word 0x73b45ec7
	.word 0xf5f49cd1
	.word 0xabbf7326
	.word 0xfea9a8ab
	.word 0xbc2903d5
	.word 0x162e527c
	.word 0x505635cc
	.word 0x4b1029db
	.word 0x8b46b70e
	.word 0xe94c627d
	.word 0xc57def7c
	.word 0x6ad83595
	.word 0xe13ed7a0
	.word 0x429382e5
	.word 0x6b284bc2
	.word 0x285767aa
	.word 0x50eafa9b
	.word 0xf88a35a7
	.word 0x79efddb8
	.word 0xc94b0e14
	.word 0xb9b29050
	.word 0x9ca4540c
	.word 0xd29e3cde
	.word 0xb5bb3ddc
	.word 0x921a4f5c
	.word 0xa5c5f624
	.word 0x7b2e0f24
	.word 0xe3909a61
	.word 0xeb4483ef
	.word 0x1c129013
	.word 0x8c0a347b
	.word 0x9a231619
	.word 0xe4e90749
	.word 0x4408ec69
	.word 0x6939f5cb
	.word 0xa7977f6b
	.word 0x473d5196
	.word 0x4cf30531
	.word 0xa6f3507b
	.word 0x537696a5
	.word 0xb5ecb8f4
	.word 0x7cb7182d
	.word 0x69ec0974
	.word 0xf09d5fb5
	.word 0x36119200
	.word 0x8e639528
	.word 0x641b822b
	.word 0x9f83e884
	.word 0xb0f0206d
	.word 0x2b469873
	.word 0xf1580eb7
	.word 0xe15c48f0
	.word 0x600de6f1
	.word 0x46a6bb98
	.word 0xab6b9d32
	.word 0xc17b9bd4
	.word 0xf2291854
	.word 0xf55de865
	.word 0x427ce5ed
	.word 0x6e47b2d
	.word 0xb9b2624d
	.word 0x4a8caeb0
	.word 0x3402e2bd
	.word 0x62fba477
	.word 0xd8dca6ed
	.word 0xcc253d4d
	.word 0x1a19b9eb
	.word 0x89bd2059
	.word 0x9b74c6c2
	.word 0x763c6594
	.word 0xab5d82b3
	.word 0x7a7609f6
	.word 0xd25a1e12
	.word 0xa29acd1e
	.word 0x9c1760c2
	.word 0x71ec0065
	.word 0xcdfbca35
	.word 0x231b3d0b
	.word 0xd3f59596
	.word 0x49abc395
	.word 0xaf61459
	.word 0xc7d75c87
	.word 0xa4b2fe24
	.word 0x95b6707f
	.word 0x2c8e09c3
	.word 0x5b75fc18
	.word 0x7a274203
	.word 0xde8a0d30
	.word 0x7aa41666
	.word 0xf57de012
	.word 0x668f110d
	.word 0x1170981a
	.word 0x4c08fd43
	.word 0x27b626f3
	.word 0x8e6edfa7
	.word 0xe6d8b82a
	.word 0xca6d9844
	.word 0x55c1ba36
	.word 0x326e25d5
	.word 0x2c4b295f
	.word 0x657d500f
	.word 0x20e62191
	.word 0x7e5a0c9b
	.word 0xc6e71c9f
	.word 0x8be92a85
	.word 0x798266f9
	.word 0x9ef6d6b7
	.word 0xc0228047
	.word 0x956f2212
	.word 0x54860a04
	.word 0x2d1edc07
	.word 0x2556ae48
	.word 0xe36516e7
	.word 0x7683115b
	.word 0x81a71aef
	.word 0x3da3b9d2
	.word 0x19a24f5e
	.word 0x597d483a
	.word 0xff3470e7
	.word 0x543da613
	.word 0xff097bec
	.word 0xdee6e916
	.word 0x7b413674
	.word 0xec7c8ed3
	.word 0xc97cd000
	.word 0x3ce3ce7e
	.word 0xe0a9b1e8
	.word 0x40f8ee2
	.word 0x4fa5356b
	.word 0xc80c1c0f
	.word 0x3a36e0e9
	.word 0x235dcc7c
	.word 0xc09223b5
	.word 0x187cf927
	.word 0x6c530beb
	.word 0xa8e3c2fc
	.word 0xc7397ee2
	.word 0xf44c1890
	.word 0x9c9a44df
	.word 0x5438153f
	.word 0x85641070
	.word 0xea286b65
	.word 0xfd3a027
	.word 0x138c44c
	.word 0x2f985a14
	.word 0xbf83c759
	.word 0x2a78194d
	.word 0x3641145
	.word 0xa8d2cd83
	.word 0xdd387372
	.word 0xb99d01f9
	.word 0x2de78828
	.word 0x40be2d79
	.word 0x2738b1d1
	.word 0x1153a350
	.word 0xc20ba84c
	.word 0x574c0a6d
	.word 0x1639eccd
	.word 0x5fab7abd
	.word 0x2f649aa3
	.word 0x3a2433db
	.word 0x37beb374
	.word 0xdbd8301c
	.word 0x66a000d1
	.word 0xb1f8620c
	.word 0xa8e26d0
	.word 0x4dc7eba
	.word 0xea641cdf
	.word 0x5606cc20
	.word 0x7fd3f7c1
	.word 0x24513dd4
	.word 0x7e9c3801
	.word 0xca10fd2f
	.word 0x631b8955
	.word 0x541529ed
	.word 0xd436de59
	.word 0xf042cd47
	.word 0x94a54ff2
	.word 0x96393abf
	.word 0x9cbec308
	.word 0xdf23cd87
	.word 0x74fca70e
	.word 0xe3bff700
	.word 0xb6a0cc4f
	.word 0x4a0600bb
	.word 0xc83593d3
	.word 0x33b61074
	.word 0xc6a5fda8
	.word 0x5b08e520
	.word 0xb2341836
	.word 0x176ad54f
	.word 0xf5a1666e
	.word 0xf4f591d8
	.word 0x9f18e55f
	.word 0xf5dbd446
	.word 0x65392e0f
	.word 0x5fe52013
	.word 0x870081e0
	.word 0x70a585be
	.word 0xc2569357
	.word 0x17b31269
	.word 0xca3f1a56
	.word 0x7cc136c
	.word 0x319be63c
	.word 0xe6d452d2
	.word 0xfd4ab635
	.word 0xda043d93
	.word 0xeb781a48
	.word 0xee1ca450
	.word 0x2845ba7b
	.word 0x7e582a3e
	.word 0x18e52191
	.word 0x263ca0ba
	.word 0xf75c8c4f
	.word 0xbc7ebb85
	.word 0xacbee42
	.word 0x97712da3
	.word 0xea678ce1
	.word 0x648f829c
	.word 0xf5556b2
	.word 0x15ebca13
	.word 0xf99a14a7
	.word 0xdadb8d20
	.word 0xc484cb7f
	.word 0xe08bb4ca
	.word 0x544547a3
	.word 0x6a9a669b
	.word 0xef6ba25f
	.word 0xff21f62f
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
